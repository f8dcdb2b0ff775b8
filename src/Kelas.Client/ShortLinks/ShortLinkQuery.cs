namespace Kelas.Client.ShortLinks;

/// <summary>Filters and order of <c>list</c> (service 46412). Properties left <c>null</c> are not sent, so the service applies its defaults.</summary>
public sealed record ShortLinkQuery
{
    /// <summary>The field to sort by (<c>order_by</c>); the service sorts by <see cref="ShortLinkOrder.CreateTime"/> by default.</summary>
    public ShortLinkOrder? OrderBy { get; init; }

    /// <summary>Whether to sort in ascending order (<c>order_asc</c>); the service sorts in descending order by default.</summary>
    public bool? Ascending { get; init; }

    /// <summary>Keeps the links whose address or text, hash or tags contain this text (<c>search_sub_string</c>).</summary>
    public string? SearchSubstring { get; init; }

    /// <summary>Keeps the links created at or after this time (<c>date_from</c>, sent as Unix milliseconds).</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Keeps the links created at or before this time (<c>date_to</c>, sent as Unix milliseconds).</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>Keeps the links whose hash was chosen this way (<c>hashGeneratedMethod</c>).</summary>
    public HashGeneratedMethod? HashGeneratedMethod { get; init; }

    /// <summary>Keeps the links of this kind (<c>shortenObjectKind</c>).</summary>
    public ShortLinkKind? Kind { get; init; }

    /// <summary>Keeps the links that carry every one of these tags (<c>filter_tags</c>).</summary>
    public IReadOnlyList<string>? FilterTags { get; init; }

    /// <summary>Keeps the links with a tag that contains any of these texts (<c>search_tags</c>).</summary>
    public IReadOnlyList<string>? SearchTags { get; init; }
}
