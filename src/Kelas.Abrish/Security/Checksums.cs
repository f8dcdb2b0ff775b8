using System.Security.Cryptography;
using System.Text;

namespace Kelas.Abrish.Security;

/// <summary><c>checksum = hex(SHA1(params + APIKey))</c>, or SHA-256 for hardened registrants, over the params string as received.</summary>
internal static class Checksums
{
    public static string Compute(string parameters, string apiKey, bool sha256)
    {
        var bytes = Encoding.UTF8.GetBytes(parameters + apiKey);
        return Convert.ToHexStringLower(sha256 ? SHA256.HashData(bytes) : SHA1.HashData(bytes));
    }

    /// <summary>Constant time in the checksum's content; upper-case hex is accepted.</summary>
    public static bool Matches(string parameters, string apiKey, bool sha256, string? provided)
    {
        var expected = Encoding.ASCII.GetBytes(Compute(parameters, apiKey, sha256));
        var given = Encoding.ASCII.GetBytes((provided ?? "").Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given) && given.Length == expected.Length;
    }
}
