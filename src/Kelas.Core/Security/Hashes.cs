using System.Security.Cryptography;
using System.Text;

namespace Kelas.Core.Security;

/// <summary>How modules keep API keys and tokens (SHA-256 as lower-case hex) and compare them (in constant time).</summary>
public static class Hashes
{
    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Equality of two texts in time independent of where they differ (their lengths may still show).</summary>
    public static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
