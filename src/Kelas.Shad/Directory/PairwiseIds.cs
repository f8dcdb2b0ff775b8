using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Kelas.Shad.Directory;

/// <summary>
/// A student's id at one event: the first 16 bytes of HMAC-SHA256(event's pairwise secret, directory id), written as
/// upper-case hex pairs joined by '-'. Two events cannot join their lists; one event always sees the same id.
/// </summary>
internal static partial class PairwiseIds
{
    public static string Compute(string pairwiseSecretHex, long userId)
    {
        var mac = HMACSHA256.HashData(Convert.FromHexString(pairwiseSecretHex), Encoding.ASCII.GetBytes(userId.ToString(CultureInfo.InvariantCulture)));
        return string.Join('-', Convert.ToHexString(mac, 0, 16).Chunk(2).Select(pair => new string(pair)));
    }

    /// <summary>Upper-cases a well-formed id; anything else cannot be a known id.</summary>
    public static bool TryNormalize(string? value, out string normalized)
    {
        normalized = value?.Trim().ToUpperInvariant() ?? "";
        return Shape().IsMatch(normalized);
    }

    [GeneratedRegex("^([0-9A-F]{2}-){15}[0-9A-F]{2}$")]
    private static partial Regex Shape();
}
