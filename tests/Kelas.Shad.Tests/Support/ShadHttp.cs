using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kelas.Shad.Tests.Support;

/// <summary>Raw HTTP as real organizer clients send it, and the envelope they read back.</summary>
internal static class ShadHttp
{
    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, ShadTestEvent shadEvent, string path = "/api/v1/Account/login") =>
        client.PostAsync(path, Json($$"""{"landingId":{{shadEvent.LandingId}},"username":"{{shadEvent.Username}}","password":"{{shadEvent.Password}}"}"""));

    public static async Task<string> TokenAsync(HttpClient client, ShadTestEvent shadEvent)
    {
        using var response = await LoginAsync(client, shadEvent);
        var envelope = await EnvelopeAsync(response, HttpStatusCode.OK);
        return envelope.GetProperty("data").GetString()!;
    }

    public static Task<HttpResponseMessage> UserInfoAsync(HttpClient client, string? token, string hashedId, string path = "/api/v1/ShadEvent")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{path}?UserHashId={Uri.EscapeDataString(hashedId)}");
        request.Headers.Accept.ParseAdd("text/plain");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> UserInfoByApiKeyAsync(HttpClient client, string? apiKey, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ShadEvent/GetUserInfoByApiKey?" + query);
        request.Headers.Accept.ParseAdd("text/plain");
        if (apiKey is not null)
        {
            request.Headers.Add("apiKey", apiKey);
        }

        return client.SendAsync(request);
    }

    /// <summary>Asserts the status and the envelope's shape (code = HTTP status, success, data null on failure).</summary>
    public static async Task<JsonElement> EnvelopeAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement.Clone();
        Assert.Equal(["data", "success", "statusCode", "code", "description"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal((int)status, root.GetProperty("code").GetInt32());
        Assert.Equal(status == HttpStatusCode.OK, root.GetProperty("success").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("description").GetString()));
        if (status != HttpStatusCode.OK)
        {
            Assert.Equal(JsonValueKind.Null, root.GetProperty("data").ValueKind);
            Assert.Equal((int)status, root.GetProperty("statusCode").GetInt32());
        }

        return root;
    }
}
