using System.Collections.Concurrent;
using System.Globalization;

namespace Kelas.ShortLinks.Analytics.Geo;

/// <summary>English country names for ISO 3166-1 alpha-2 codes, from the runtime's region data (ICU).</summary>
internal static class CountryNames
{
    // Only two-letter codes are added, so this holds a few hundred entries at most.
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);

    /// <summary>"IR" → "Iran"; a code the runtime does not know stays as it is; empty, "ZZ" (unknown) or malformed → "Unknown".</summary>
    public static string EnglishName(string? code)
    {
        if (code is not { Length: 2 } || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1]))
        {
            return GeoPlace.UnknownName;
        }

        var upper = code.ToUpperInvariant();
        return upper == "ZZ" ? GeoPlace.UnknownName : Names.GetOrAdd(upper, Lookup);
    }

    private static string Lookup(string code)
    {
        try
        {
            var name = new RegionInfo(code).EnglishName;
            return string.IsNullOrWhiteSpace(name) ? code : name;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
