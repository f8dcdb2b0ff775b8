namespace Kelas.ShortLinks.Analytics.Geo;

/// <summary>The metadata map at the end of an MMDB file (only the members Kelas reads or reports).</summary>
internal sealed record MaxMindDbMetadata(
    int NodeCount,
    int RecordSize,
    int IpVersion,
    int BinaryFormatMajorVersion,
    int BinaryFormatMinorVersion,
    string DatabaseType,
    DateTimeOffset BuildTime,
    IReadOnlyList<string> Languages)
{
    public static MaxMindDbMetadata FromMap(IReadOnlyDictionary<string, object> map) => new(
        RequiredInt(map, "node_count"),
        RequiredInt(map, "record_size"),
        RequiredInt(map, "ip_version"),
        RequiredInt(map, "binary_format_major_version"),
        map.ContainsKey("binary_format_minor_version") ? RequiredInt(map, "binary_format_minor_version") : 0,
        map.GetValueOrDefault("database_type") as string ?? "",
        DateTimeOffset.FromUnixTimeSeconds(map.TryGetValue("build_epoch", out var epoch) ? (long)Math.Min(AsUnsigned(epoch, "build_epoch"), 253_402_300_799UL) : 0),
        map.GetValueOrDefault("languages") is List<object> languages ? [.. languages.OfType<string>()] : []);

    private static int RequiredInt(IReadOnlyDictionary<string, object> map, string key)
    {
        if (!map.TryGetValue(key, out var value))
        {
            throw new InvalidDataException($"MaxMind DB metadata lacks {key}.");
        }

        var number = AsUnsigned(value, key);
        return number <= int.MaxValue ? (int)number : throw new InvalidDataException($"MaxMind DB metadata {key} is too large: {number}.");
    }

    private static ulong AsUnsigned(object value, string key) => value switch
    {
        ushort n => n,
        uint n => n,
        ulong n => n,
        int n when n >= 0 => (ulong)n,
        UInt128 n when n <= ulong.MaxValue => (ulong)n,
        _ => throw new InvalidDataException($"MaxMind DB metadata {key} is not an unsigned integer."),
    };
}
