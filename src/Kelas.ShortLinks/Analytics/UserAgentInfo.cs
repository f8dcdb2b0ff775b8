namespace Kelas.ShortLinks.Analytics;

/// <summary>Browser family and OS family of a User-Agent ("Unknown" where not recognised), and whether it is a known bot.</summary>
internal sealed record UserAgentInfo(string Browser, string Os, bool IsBot)
{
    public static UserAgentInfo Unknown { get; } = new(GeoPlace.UnknownName, GeoPlace.UnknownName, false);
}
