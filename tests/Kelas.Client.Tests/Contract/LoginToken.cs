using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Kelas.Client.Tests.Contract;

/// <summary>The JWT inside a login URL, checked against the account's secret.</summary>
internal sealed record LoginToken(JsonElement Header, JsonElement Payload, bool SignatureIsValid)
{
    /// <summary>The names of the payload's fields, in the order the server wrote them.</summary>
    public IEnumerable<string> PayloadKeys => Payload.EnumerateObject().Select(p => p.Name);

    public static LoginToken Read(string token, byte[] secret)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        var expected = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        return new LoginToken(Json(parts[0]), Json(parts[1]), CryptographicOperations.FixedTimeEquals(expected, Decode(parts[2])));
    }

    private static JsonElement Json(string part) => JsonDocument.Parse(Decode(part)).RootElement.Clone();

    private static byte[] Decode(string part)
    {
        var base64 = part.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }
}
