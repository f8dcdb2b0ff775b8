namespace Kelas.ShortLinks.Analytics.Geo;

/// <summary>
/// A field's control information. <see cref="Size"/> is the payload length in bytes, the entry count of a map or
/// array, the value of a boolean, or the target offset of a pointer; <see cref="PayloadOffset"/> is where the
/// payload starts (for a pointer: the first byte after it).
/// </summary>
internal readonly record struct MmdbField(MmdbType Type, int Size, int PayloadOffset);
