using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Kelas.Testing;

/// <summary>Calls the Skyroom API as raw HTTP, the way real clients do, and reads the envelope.</summary>
public sealed class SkyroomWire(HttpClient http, string apiKey)
{
    public string Path => "/skyroom/api/" + apiKey;

    public HttpClient Http => http;

    /// <summary>JSON body <c>{"action":..,"params":..}</c>; <paramref name="parameters"/> may be any JSON-serializable value.</summary>
    public Task<JsonElement> CallAsync(string action, object? parameters = null) =>
        SendAsync(JsonContent.Create(parameters is null ? new Dictionary<string, object?> { ["action"] = action } : new Dictionary<string, object?> { ["action"] = action, ["params"] = parameters }));

    public Task<JsonElement> CallRawJsonAsync(string json) =>
        SendAsync(new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<JsonElement> CallFormAsync(params (string Name, string Value)[] fields) =>
        SendAsync(new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    public Task<JsonElement> CallMultipartAsync(params (string Name, string Value)[] fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value, Encoding.UTF8), name);
        }

        return SendAsync(content);
    }

    public async Task<JsonElement> SendAsync(HttpContent content)
    {
        using var response = await http.PostAsync(Path, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement.Clone();
        Assert.True(root.TryGetProperty("ok", out var ok), body);
        if (ok.GetBoolean())
        {
            Assert.True(root.TryGetProperty("result", out _), body);
        }
        else
        {
            Assert.Equal(JsonValueKind.Number, root.GetProperty("error_code").ValueKind);
            Assert.Equal(JsonValueKind.String, root.GetProperty("error_message").ValueKind);
        }

        return root;
    }

    /// <summary>Calls and asserts success; returns <c>result</c>.</summary>
    public async Task<JsonElement> OkAsync(string action, object? parameters = null)
    {
        var envelope = await CallAsync(action, parameters);
        Assert.True(envelope.GetProperty("ok").GetBoolean(), $"{action} failed: {envelope}");
        return envelope.GetProperty("result");
    }

    /// <summary>Calls and asserts failure; returns the error code and message.</summary>
    public async Task<(int Code, string Message)> ErrorAsync(string action, object? parameters = null) => Error(await CallAsync(action, parameters));

    public static (int Code, string Message) Error(JsonElement envelope)
    {
        Assert.False(envelope.GetProperty("ok").GetBoolean(), $"expected an error: {envelope}");
        return (envelope.GetProperty("error_code").GetInt32(), envelope.GetProperty("error_message").GetString()!);
    }

    public static JsonElement Result(JsonElement envelope)
    {
        Assert.True(envelope.GetProperty("ok").GetBoolean(), $"expected success: {envelope}");
        return envelope.GetProperty("result");
    }
}
