namespace Kelas.Skyroom.Rooms;

/// <summary>Room names become URL segments: Latin letters, digits, '-', '_' and '.', stored lowercase.</summary>
internal static class RoomNames
{
    public const int MaxLength = 128;

    public static bool TryNormalize(string? name, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || name is "." or ".."
            || name.AsSpan().IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") >= 0)
        {
            return false;
        }

        normalized = name.ToLowerInvariant();
        return true;
    }
}
