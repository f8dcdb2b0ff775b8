using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Kelas.Testing;

/// <summary>
/// Calls the POD gateway as raw HTTP, in each of the wire variants real clients use, and checks the envelope
/// on every answer (HTTP 200, every field present, <c>result.result</c> a JSON string).
/// </summary>
public sealed class ShortLinkWire(HttpClient http, ShortLinkBusiness business)
{
    public const string Path = "/srv/sc/nzh/doServiceCall";

    /// <summary>How credentials and parameters travel.</summary>
    public enum Variant
    {
        /// <summary>Headers <c>_token_</c>/<c>_token_issuer_</c>, form fields, parameters as JSON in <c>body</c> (the documented way).</summary>
        HeaderTokenJsonBody,

        /// <summary><c>_token_</c> as a form field, parameters as plain form fields.</summary>
        FieldTokenPlainFields,

        /// <summary>GET with everything in the query string (the official C# SDK).</summary>
        GetQuery,

        /// <summary>multipart/form-data, token header, parameters as plain fields.</summary>
        Multipart,
    }

    public HttpClient Http => http;

    public ShortLinkBusiness Business => business;

    /// <summary>Calls <paramref name="product"/> with <paramref name="parameters"/> (values: string, number, bool, or string arrays).</summary>
    public async Task<PodAnswer> CallAsync(long product, IReadOnlyDictionary<string, object?>? parameters = null, Variant variant = Variant.HeaderTokenJsonBody)
    {
        parameters ??= new Dictionary<string, object?>();
        var credentials = new List<KeyValuePair<string, string>> { new("scProductId", product.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("scApiKey", business.ApiKey) };
        using var request = variant switch
        {
            Variant.HeaderTokenJsonBody => Form(HttpMethod.Post, credentials.Append(new("body", JsonSerializer.Serialize(parameters))), headerToken: true),
            Variant.FieldTokenPlainFields => Form(HttpMethod.Post, credentials.Append(new("_token_", business.Token)).Append(new("_token_issuer_", "1")).Concat(Plain(parameters)), headerToken: false),
            Variant.GetQuery => Query(credentials.Append(new("_token_", business.Token)).Concat(Plain(parameters))),
            _ => Multipart(credentials.Concat(Plain(parameters))),
        };
        return await SendAsync(request);
    }

    /// <summary>Sends a request built by the test and reads the envelope.</summary>
    public async Task<PodAnswer> SendAsync(HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return PodAnswer.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Calls and asserts success; returns the inner <c>result</c>.</summary>
    public async Task<JsonElement> OkAsync(long product, IReadOnlyDictionary<string, object?>? parameters = null, Variant variant = Variant.HeaderTokenJsonBody)
    {
        var answer = await CallAsync(product, parameters, variant);
        Assert.True(answer.InnerCode == 200, $"{product} failed: {answer.Raw}");
        return answer.Result;
    }

    /// <summary>Adds a link (service 46410) and returns its hash.</summary>
    public async Task<string> AddAsync(string urlOrContent, string kind = "link", string? hash = null, string? tags = null)
    {
        var parameters = new Dictionary<string, object?> { ["urlOrContent"] = urlOrContent, ["shortenObjectKind"] = kind, ["hash"] = hash, ["tags"] = tags };
        return (await OkAsync(46410, parameters)).GetProperty("hash").GetString()!;
    }

    /// <summary>Calls and asserts a service error; returns its code and message.</summary>
    public async Task<(int Code, string Message)> ErrorAsync(long product, IReadOnlyDictionary<string, object?>? parameters = null, Variant variant = Variant.HeaderTokenJsonBody)
    {
        var answer = await CallAsync(product, parameters, variant);
        Assert.False(answer.HasError, $"expected a service error, got a gateway error: {answer.Raw}");
        Assert.True(answer.Inner.GetProperty("error").GetBoolean(), $"expected a service error: {answer.Raw}");
        return (answer.InnerCode, answer.Inner.GetProperty("message").GetString()!);
    }

    public HttpRequestMessage Form(HttpMethod method, IEnumerable<KeyValuePair<string, string>> fields, bool headerToken)
    {
        var request = new HttpRequestMessage(method, Path) { Content = new FormUrlEncodedContent(fields) };
        if (headerToken)
        {
            request.Headers.Add("_token_", business.Token);
            request.Headers.Add("_token_issuer_", "1");
        }

        return request;
    }

    private static HttpRequestMessage Query(IEnumerable<KeyValuePair<string, string>> fields) =>
        new(HttpMethod.Get, Path + "?" + string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value))));

    private HttpRequestMessage Multipart(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value, Encoding.UTF8), name);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = content };
        request.Headers.Add("_token_", business.Token);
        return request;
    }

    /// <summary>Parameters as plain fields: arrays become repeated <c>x[]</c> fields, as PHP clients send them.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Plain(IReadOnlyDictionary<string, object?> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            switch (value)
            {
                case null:
                    break;
                case IEnumerable<string> items:
                    foreach (var item in items)
                    {
                        yield return new(name + "[]", item);
                    }

                    break;
                case bool flag:
                    yield return new(name, flag ? "true" : "false");
                    break;
                default:
                    yield return new(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
                    break;
            }
        }
    }
}
