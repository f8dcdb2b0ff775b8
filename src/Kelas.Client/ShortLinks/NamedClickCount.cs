namespace Kelas.Client.ShortLinks;

/// <summary>The clicks of one referrer, browser, operating system or city.</summary>
public sealed record NamedClickCount
{
    /// <summary>The referrer host, browser, operating system or city; <c>Unknown</c> when the service could not tell.</summary>
    public string Name { get; init => field = value ?? ""; } = "";

    /// <summary>How many clicks it accounts for.</summary>
    public long Count { get; init; }
}
