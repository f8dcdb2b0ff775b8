using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kelas.Shad.Wire;

namespace Kelas.Shad.Tokens;

/// <summary>
/// Login tokens as compact HS256 JWTs: <c>{"sub":"&lt;event id&gt;","lid":landingId,"ver":version,"iat":..,"exp":..}</c>.
/// Expiry is checked on the injected clock so that tests can move time.
/// </summary>
internal sealed class TokenSigner(SigningKeyStore keys, TimeProvider clock)
{
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public async ValueTask<string> IssueAsync(long eventId, long landingId, int version, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var payload = JsonSerializer.SerializeToUtf8Bytes(new TokenPayload(
            eventId.ToString(System.Globalization.CultureInfo.InvariantCulture), landingId, version, now, now + (long)lifetime.TotalSeconds), ShadJsonContext.Default.TokenPayload);
        var unsigned = Header + "." + Base64Url.EncodeToString(payload);
        var signature = HMACSHA256.HashData(await keys.GetAsync(cancellationToken), Encoding.ASCII.GetBytes(unsigned));
        return unsigned + "." + Base64Url.EncodeToString(signature);
    }

    public async ValueTask<EventToken?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header || !Base64Url.IsValid(parts[1]) || !Base64Url.IsValid(parts[2]))
        {
            return null;
        }

        var expected = HMACSHA256.HashData(await keys.GetAsync(cancellationToken), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2])))
        {
            return null;
        }

        TokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), ShadJsonContext.Default.TokenPayload);
        }
        catch (JsonException)
        {
            return null;
        }

        if (payload is null || !long.TryParse(payload.Sub, out var eventId) || payload.Exp <= clock.GetUtcNow().ToUnixTimeSeconds())
        {
            return null;
        }

        return new EventToken(eventId, payload.Lid, payload.Ver, payload.Exp);
    }
}

internal sealed record TokenPayload(string Sub, long Lid, int Ver, long Iat, long Exp);
