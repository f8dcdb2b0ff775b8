namespace Kelas.Client.ShortLinks;

/// <summary>Parameters of <c>add</c> (service 46410).</summary>
public sealed record AddShortLinkRequest
{
    /// <summary>
    /// The address (for <see cref="ShortLinkKind.Link"/> and <see cref="ShortLinkKind.File"/>, an absolute http or
    /// https URL) or the text (for <see cref="ShortLinkKind.Content"/>) to shorten. The service answers code 121
    /// when this business already shortened the same value.
    /// </summary>
    public required string UrlOrContent { get; init; }

    /// <summary>What <see cref="UrlOrContent"/> is (<c>shortenObjectKind</c>).</summary>
    public required ShortLinkKind Kind { get; init; }

    /// <summary>
    /// A hash of your choice (letters of any script, digits, <c>-</c> and <c>_</c>; at most 32 characters, or code 120;
    /// taken, code 119); <c>null</c> lets the service choose one at random.
    /// </summary>
    public string? Hash { get; init; }

    /// <summary>Tags to file the link under; none by default. A tag may not contain <c>,</c> or <c>،</c>, which separate them on the wire.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
