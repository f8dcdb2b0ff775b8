using System.Security.Cryptography;
using System.Text;

namespace Kelas.Shad.Events;

/// <summary>An event's apiKey: 40 lower-case hex characters, kept only as SHA-256.</summary>
internal static class ApiKeys
{
    public static string Generate() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    public static string Hash(string apiKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey.Trim())));

    public static bool Matches(string apiKey, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(apiKey)), Encoding.ASCII.GetBytes(storedHash));

    /// <summary>Constant-time equality of two texts (lengths may leak, contents do not).</summary>
    public static bool TextEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
