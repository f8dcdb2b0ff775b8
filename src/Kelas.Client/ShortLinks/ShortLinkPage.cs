using System.Text.Json.Serialization;

namespace Kelas.Client.ShortLinks;

/// <summary>One page of <c>list</c> (service 46412).</summary>
public sealed record ShortLinkPage
{
    /// <summary>How many links match the query in all, over every page.</summary>
    public long TotalCount { get; init; }

    /// <summary>The links of this page (<c>linkVos</c>), in the query's order.</summary>
    [JsonPropertyName("linkVos")]
    public IReadOnlyList<ShortLink> Items { get; init => field = value ?? []; } = [];
}
