namespace Kelas.ShortLinks.Tests.Analytics;

/// <summary>A pointer to <paramref name="Offset"/> in the data section, written with pointer size <paramref name="Size"/> (0–3) or the smallest that fits.</summary>
internal sealed record MmdbPointer(int Offset, int? Size = null);
