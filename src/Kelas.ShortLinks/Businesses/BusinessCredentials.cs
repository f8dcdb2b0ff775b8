using System.Security.Cryptography;
using Kelas.Core.Security;

namespace Kelas.ShortLinks.Businesses;

/// <summary><c>_token_</c> and <c>scApiKey</c>: 32 lowercase hex characters each, kept only as SHA-256.</summary>
internal static class BusinessCredentials
{
    public const int Length = 32;

    public static string Generate() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2));

    public static string Hash(string credential) => Hashes.Sha256Hex(credential);

    /// <summary>Checks the shape without touching the database; upper-case hex is accepted and lowered.</summary>
    public static bool TryNormalize(string? value, out string normalized)
    {
        normalized = "";
        if (value is null || value.Length != Length || !value.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        normalized = value.ToLowerInvariant();
        return true;
    }

    /// <summary>Compares hex hashes in constant time.</summary>
    public static bool HashEquals(string a, string b) => Hashes.FixedTimeEquals(a, b);
}
