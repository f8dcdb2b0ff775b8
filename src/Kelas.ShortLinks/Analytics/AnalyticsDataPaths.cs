namespace Kelas.ShortLinks.Analytics;

/// <summary>The data-set files to load, each null when neither configured nor found (the files may not exist).</summary>
internal sealed record AnalyticsDataPaths(string? GeoIpV4, string? GeoIpV6, string? UserAgentRegexes);
