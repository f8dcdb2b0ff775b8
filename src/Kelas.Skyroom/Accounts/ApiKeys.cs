using System.Globalization;
using System.Security.Cryptography;
using Kelas.Core.Security;

namespace Kelas.Skyroom.Accounts;

/// <summary>
/// Keys look like the live service's, <c>apikey-{account}-{n}-{hex}</c>, and are exactly 50 characters
/// (one known client rejects any other length). Only their SHA-256 is stored.
/// </summary>
internal static class ApiKeys
{
    public const int Length = 50;
    private const string Prefix = "apikey-";

    public static string Generate(long accountId)
    {
        var head = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{accountId}-{RandomNumberGenerator.GetInt32(100_000, 1_000_000)}-");
        var hexLength = Length - head.Length;
        if (hexLength < 16)
        {
            throw new InvalidOperationException("Account id too large for a 50-character key.");
        }

        return head + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes((hexLength + 1) / 2))[..hexLength];
    }

    public static bool HasValidShape(string? key) =>
        key is { Length: Length } && key.StartsWith(Prefix, StringComparison.Ordinal)
        && key.AsSpan(Prefix.Length).IndexOfAnyExcept("0123456789abcdef-") < 0;

    public static string Hash(string key) => Hashes.Sha256Hex(key);

    /// <summary>What an operator sees of a key in listings: enough to tell keys apart, not enough to use one.</summary>
    public static string Prefixed(string key) => key[..(key.LastIndexOf('-') + 5)] + "…";

    public static string NewLoginSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
