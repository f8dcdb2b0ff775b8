namespace Kelas.ShortLinks.Analytics.Geo;

/// <summary>The IPv4 and IPv6 files of the geolocation data set, each null when absent or unreadable.</summary>
internal sealed record GeoDatabases(GeoDatabase? Ipv4, GeoDatabase? Ipv6);
