using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Xunit;

namespace Kelas.Testing;

/// <summary>
/// Calls <c>/service.php</c> as PHP's curl does: fields <c>params</c> (a JSON string) and <c>checksum</c>, urlencoded
/// (string POSTFIELDS) or multipart (array POSTFIELDS). Every answer is checked to be HTTP 200 JSON.
/// </summary>
public sealed class AbrishWire(HttpClient http, AbrishRegistrant registrant)
{
    public const string Path = "/service.php";

    // Escapes everything outside ASCII like PHP, but leaves '+', '<', '&' readable as PHP does.
    private static readonly JsonSerializerOptions PhpLike = new() { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.BasicLatin) };

    private static readonly JsonSerializerOptions CompactUnicode = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public HttpClient Http => http;

    public AbrishRegistrant Registrant => registrant;

    /// <summary>PHP's json_encode: non-ASCII as <c>\uXXXX</c> and <c>/</c> as <c>\/</c>.</summary>
    public static string PhpJsonEncode(IReadOnlyDictionary<string, object?> values) =>
        System.Text.RegularExpressions.Regex.Replace(
            JsonSerializer.Serialize(values, PhpLike).Replace("/", "\\/"), @"\\u[0-9A-F]{4}", m => m.Value.ToLowerInvariant());

    public static string Sha1Hex(string text) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The params object with serviceusername, mod and action first, as the original's PHP sample builds it.</summary>
    public Dictionary<string, object?> Params(string action, IReadOnlyDictionary<string, object?>? fields = null)
    {
        var all = new Dictionary<string, object?> { ["serviceusername"] = registrant.Name, ["mod"] = "Organization", ["action"] = action };
        foreach (var (key, value) in fields ?? new Dictionary<string, object?>())
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>Calls an action with PHP-encoded params and a correct SHA-1 checksum.</summary>
    public Task<JsonElement> CallAsync(string action, IReadOnlyDictionary<string, object?>? fields = null, bool multipart = false)
    {
        var parameters = PhpJsonEncode(Params(action, fields));
        return SendAsync(parameters, Sha1Hex(parameters + registrant.ApiKey), multipart);
    }

    /// <summary>Params as readable UTF-8 JSON (what a non-PHP client sends).</summary>
    public static string Utf8Json(IReadOnlyDictionary<string, object?> values) => JsonSerializer.Serialize(values, CompactUnicode);

    public async Task<JsonElement> SendAsync(string? parameters, string? checksum, bool multipart = false)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (parameters is not null)
        {
            fields.Add(new("params", parameters));
        }

        if (checksum is not null)
        {
            fields.Add(new("checksum", checksum));
        }

        HttpContent content;
        if (multipart)
        {
            var form = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                form.Add(new StringContent(value, Encoding.UTF8), name);
            }

            content = form;
        }
        else
        {
            content = new FormUrlEncodedContent(fields);
        }

        using var response = await http.PostAsync(Path, content);
        return await ReadAsync(response);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>The <c>error</c> of an answer, failing the test when there is none.</summary>
    public static string Error(JsonElement answer)
    {
        Assert.True(answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("error", out _), $"expected an error, got {answer}");
        return answer.GetProperty("error").GetString()!;
    }

    /// <summary>Creates or edits a user; returns the id, failing the test on an error.</summary>
    public async Task<long> PostUserAsync(long organizationId, string userName, IReadOnlyDictionary<string, object?>? overrides = null)
    {
        var answer = await CallAsync("postUser", UserFields(organizationId, userName, overrides));
        Assert.False(answer.TryGetProperty("error", out var error), error.ToString());
        return answer.GetProperty("id").GetInt64();
    }

    public static Dictionary<string, object?> UserFields(long organizationId, string userName, IReadOnlyDictionary<string, object?>? overrides = null)
    {
        var fields = new Dictionary<string, object?>
        {
            ["id"] = organizationId,
            ["userid"] = 0,
            ["firstname"] = "مریم",
            ["lastname"] = "احمدی",
            ["username"] = userName,
            ["gender"] = 2,
            ["specialaccess"] = 0,
            ["isenable"] = 1,
            ["birthdate"] = "1370/05/12",
            ["cell"] = "09121234567",
            ["password"] = "secret-1",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, object?>())
        {
            fields[key] = value;
        }

        return fields;
    }
}
