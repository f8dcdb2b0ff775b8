using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Kelas.Skyroom.LoginLinks;

/// <summary>
/// HS256 tokens byte-for-byte in the live service's shape: header <c>{"typ":"JWT","alg":"HS256"}</c> and a payload
/// encoded as PHP's <c>json_encode</c> does (slashes and non-ASCII escaped, keys in the live order).
/// Room entry verifies these with the same per-account secret.
/// </summary>
internal static class LoginTokens
{
    private const string EncodedHeader = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9";

    /// <summary>The payload of <c>createLoginUrl</c>: everything entry needs without a user row.</summary>
    public static string ApiLogin(
        byte[] secret, long expires, long roomId, string userId, string nickname, int role, int concurrent) =>
        Sign(secret, new PhpJsonObject()
            .Add("type", "api_login")
            .Add("exp", expires)
            .Add("room_id", roomId)
            .Add("uid", "@api/" + userId)
            .Add("nickname", nickname)
            .Add("role", role)
            .Add("concurrent", concurrent)
            .Add("gender", 0)
            .ToString());

    /// <summary>The payload of the deprecated <c>getLoginUrl</c>: an existing user, whose access is checked at entry.</summary>
    public static string UserLogin(byte[] secret, long expires, long roomId, long userId) =>
        Sign(secret, new PhpJsonObject()
            .Add("exp", expires)
            .Add("uid", userId)
            .Add("room_id", roomId)
            .ToString());

    public static string Sign(byte[] secret, string payloadJson)
    {
        var signingInput = EncodedHeader + "." + Base64Url(Encoding.UTF8.GetBytes(payloadJson));
        var signature = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url(signature);
    }

    /// <summary>
    /// Checks a login link's token against the account's secret and reads its claims. Null when the token is not one
    /// this secret signed, or its payload is not one of the two shapes above; expiry and room are the caller's to check.
    /// </summary>
    public static LoginClaims? Read(byte[] secret, string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0].Length > 256 || parts[1].Length > 4096
            || !TryDecodeBase64Url(parts[2], out var signature) || signature.Length != 32)
        {
            return null;
        }

        var expected = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, signature) || !TryDecodeBase64Url(parts[1], out var payload))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(payload);
            return LoginClaims.From(json.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryDecodeBase64Url(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return false;
        }

        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        try
        {
            bytes = Convert.FromBase64String(base64);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A flat JSON object written as PHP's json_encode writes it.</summary>
    private sealed class PhpJsonObject
    {
        private readonly StringBuilder json = new("{");

        public PhpJsonObject Add(string key, long value)
        {
            Key(key);
            json.Append(value.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        public PhpJsonObject Add(string key, string value)
        {
            Key(key);
            String(value);
            return this;
        }

        public override string ToString() => json.ToString() + "}";

        private void Key(string key)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            String(key);
            json.Append(':');
        }

        private void String(string value)
        {
            json.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': json.Append("\\\""); break;
                    case '\\': json.Append("\\\\"); break;
                    case '/': json.Append("\\/"); break;
                    case '\b': json.Append("\\b"); break;
                    case '\f': json.Append("\\f"); break;
                    case '\n': json.Append("\\n"); break;
                    case '\r': json.Append("\\r"); break;
                    case '\t': json.Append("\\t"); break;
                    case < ' ' or > '\u007f': json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                    default: json.Append(c); break;
                }
            }

            json.Append('"');
        }
    }
}

/// <summary>What a verified login token says: an API link (no user row) or an existing user's link.</summary>
/// <param name="ApiUserId">The <c>user_id</c> of <c>createLoginUrl</c>; null for a user link.</param>
/// <param name="UserId">The user of <c>getLoginUrl</c>; null for an API link.</param>
internal sealed record LoginClaims(long Expires, long RoomId, string? ApiUserId, long? UserId, string? Nickname, int Access, int Concurrent)
{
    private const string ApiPrefix = "@api/";

    public static LoginClaims? From(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object
            || !TryLong(payload, "exp", out var expires)
            || !TryLong(payload, "room_id", out var roomId)
            || !payload.TryGetProperty("uid", out var uid))
        {
            return null;
        }

        if (payload.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "api_login")
        {
            return uid.ValueKind == JsonValueKind.String && uid.GetString() is { } text && text.StartsWith(ApiPrefix, StringComparison.Ordinal)
                && text.Length > ApiPrefix.Length
                && payload.TryGetProperty("nickname", out var nickname) && nickname.ValueKind == JsonValueKind.String
                && TryLong(payload, "role", out var role) && role is >= 1 and <= 4
                && TryLong(payload, "concurrent", out var concurrent) && concurrent is >= 0 and <= int.MaxValue
                ? new LoginClaims(expires, roomId, text[ApiPrefix.Length..], null, nickname.GetString(), (int)role, (int)concurrent)
                : null;
        }

        return uid.ValueKind == JsonValueKind.Number && uid.TryGetInt64(out var userId)
            ? new LoginClaims(expires, roomId, null, userId, null, 0, 0)
            : null;
    }

    private static bool TryLong(JsonElement payload, string name, out long value)
    {
        value = 0;
        return payload.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out value);
    }
}
