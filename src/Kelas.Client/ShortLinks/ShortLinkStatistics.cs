using System.Text.Json.Serialization;

namespace Kelas.Client.ShortLinks;

/// <summary>A link's click statistics over a range, as answered by <c>statistics</c> (service 46414).</summary>
/// <remarks>Dimensions the service could not tell (no referrer, an unknown browser) are counted under the name <c>Unknown</c>.</remarks>
public sealed record ShortLinkStatistics
{
    /// <summary>How many clicks fall inside the range.</summary>
    public long TotalCount { get; init; }

    /// <summary>When the link was created; <c>null</c> when the service did not say.</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>The address or text the link stands for.</summary>
    public string UrlOrContent { get; init => field = value ?? ""; } = "";

    /// <summary>Whether the link stands for an address (a link or a file) rather than a text (<c>isURL</c>).</summary>
    [JsonPropertyName("isURL")]
    public bool IsUrl { get; init; }

    /// <summary>The public short URL (<c>hashURL</c>), trimmed; <c>null</c> when the service gave none.</summary>
    [JsonPropertyName("hashURL")]
    public Uri? HashUrl { get; init; }

    /// <summary>Clicks per country, each with its clicks per city.</summary>
    public IReadOnlyList<CountryClickCount> Countries { get; init => field = value ?? []; } = [];

    /// <summary>Clicks per referring host.</summary>
    public IReadOnlyList<NamedClickCount> Referers { get; init => field = value ?? []; } = [];

    /// <summary>Clicks per browser.</summary>
    public IReadOnlyList<NamedClickCount> Browsers { get; init => field = value ?? []; } = [];

    /// <summary>Clicks per operating system.</summary>
    public IReadOnlyList<NamedClickCount> Oses { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Clicks per bucket of the requested <see cref="StatisticsKind"/>, ascending; buckets without clicks are left out
    /// (read from the wire's parallel <c>intervals</c> and <c>clicksCount</c> arrays).
    /// </summary>
    public IReadOnlyList<ClickInterval> ClickIntervals { get; init => field = value ?? []; } = [];
}
