using System.Security.Cryptography;
using Kelas.Core.Security;

namespace Kelas.Shad.Events;

/// <summary>An event's apiKey: 40 lower-case hex characters, kept only as SHA-256.</summary>
internal static class ApiKeys
{
    public static string Generate() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    public static string Hash(string apiKey) => Hashes.Sha256Hex(apiKey.Trim());

    public static bool Matches(string apiKey, string storedHash) => Hashes.FixedTimeEquals(Hash(apiKey), storedHash);

    /// <summary>Constant-time equality of two texts (lengths may leak, contents do not).</summary>
    public static bool TextEquals(string a, string b) => Hashes.FixedTimeEquals(a, b);
}
