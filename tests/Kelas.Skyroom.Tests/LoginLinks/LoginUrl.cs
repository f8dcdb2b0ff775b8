using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kelas.Skyroom.Tests.LoginLinks;

/// <summary>A login URL taken apart: <c>{base}/ch/{account}/{room}/t/{token}/l/{lang}</c>, and its token checked independently of the server.</summary>
internal sealed partial record LoginUrl(string Base, string Account, string Room, string Token, string Language)
{
    public static LoginUrl Parse(string? url)
    {
        var match = Shape().Match(url ?? string.Empty);
        Assert.True(match.Success, $"not a login URL: {url}");
        return new LoginUrl(match.Groups["base"].Value, match.Groups["account"].Value, match.Groups["room"].Value, match.Groups["token"].Value, match.Groups["lang"].Value);
    }

    public string[] Parts => Token.Split('.');

    public string HeaderJson => Encoding.UTF8.GetString(Base64UrlDecode(Parts[0]));

    /// <summary>The payload exactly as signed, for checks on key order and escaping.</summary>
    public string PayloadJson => Encoding.UTF8.GetString(Base64UrlDecode(Parts[1]));

    public JsonElement Payload
    {
        get
        {
            using var document = JsonDocument.Parse(PayloadJson);
            return document.RootElement.Clone();
        }
    }

    public string[] PayloadKeys => Payload.EnumerateObject().Select(p => p.Name).ToArray();

    /// <summary>Verifies the token with Microsoft.IdentityModel as a third party would (lifetime is checked by the tests against the manual clock).</summary>
    public async Task<TokenValidationResult> ValidateAsync(byte[] secret)
    {
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(secret),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        };
        return await new JsonWebTokenHandler().ValidateTokenAsync(Token, parameters);
    }

    /// <summary>HMAC-SHA256 of <c>header.payload</c> computed here, compared with the token's signature.</summary>
    public bool SignatureMatches(byte[] secret)
    {
        var expected = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(Parts[0] + "." + Parts[1]));
        return CryptographicOperations.FixedTimeEquals(expected, Base64UrlDecode(Parts[2]));
    }

    public static byte[] Base64UrlDecode(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }

    [GeneratedRegex("^(?<base>.*)/ch/(?<account>[^/]+)/(?<room>[^/]+)/t/(?<token>[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)/l/(?<lang>[a-z]{2})$")]
    private static partial Regex Shape();
}
