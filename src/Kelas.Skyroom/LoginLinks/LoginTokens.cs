using System.Globalization;
using System.Security.Cryptography;
using System.Text;

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
