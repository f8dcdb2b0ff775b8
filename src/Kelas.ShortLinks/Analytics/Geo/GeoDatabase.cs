using System.Collections.Concurrent;

namespace Kelas.ShortLinks.Analytics.Geo;

/// <summary>
/// One dbip-city MMDB file: records are maps with <c>country_code</c>, <c>city</c> and more. Places are cached by
/// record offset, since many networks share one record and the same visitors come back.
/// </summary>
internal sealed class GeoDatabase(MaxMindDbReader reader, string path) : IDisposable
{
    private const int PlaceCacheCapacity = 50_000;

    private readonly ConcurrentDictionary<int, GeoPlace> places = new();
    private int placeCount;

    public string Path { get; } = path;

    public MaxMindDbMetadata Metadata => reader.Metadata;

    private static ReadOnlySpan<byte> CountryCodeKey => "country_code"u8;

    private static ReadOnlySpan<byte> CityKey => "city"u8;

    /// <summary>The place of <paramref name="address"/> (4 or 16 bytes), or <see cref="GeoPlace.Unknown"/> when no network holds it.</summary>
    public GeoPlace Find(ReadOnlySpan<byte> address)
    {
        if (!reader.TryFind(address, out var offset, out _))
        {
            return GeoPlace.Unknown;
        }

        if (places.TryGetValue(offset, out var place))
        {
            return place;
        }

        var country = CountryNames.EnglishName(reader.ReadMapString(offset, CountryCodeKey));
        var city = reader.ReadMapString(offset, CityKey);
        place = country == GeoPlace.UnknownName && string.IsNullOrWhiteSpace(city)
            ? GeoPlace.Unknown
            : new GeoPlace(country, string.IsNullOrWhiteSpace(city) ? GeoPlace.UnknownName : city.Trim());
        // An approximate count: ConcurrentDictionary.Count takes every lock, and the bound need not be exact.
        if (Interlocked.Increment(ref placeCount) > PlaceCacheCapacity)
        {
            places.Clear();
            Interlocked.Exchange(ref placeCount, 0);
        }

        places.TryAdd(offset, place);
        return place;
    }

    public void Dispose() => reader.Dispose();
}
