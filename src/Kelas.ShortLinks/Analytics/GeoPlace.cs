namespace Kelas.ShortLinks.Analytics;

/// <summary>A visitor's country (English name) and city, each "Unknown" where the data set has no answer.</summary>
internal sealed record GeoPlace(string Country, string City)
{
    public const string UnknownName = "Unknown";

    public static GeoPlace Unknown { get; } = new(UnknownName, UnknownName);
}
