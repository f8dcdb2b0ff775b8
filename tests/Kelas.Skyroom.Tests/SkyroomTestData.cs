using System.Net;
using System.Text.Json;

namespace Kelas.Skyroom.Tests;

/// <summary>Short ways to make rooms and users through the API, and raw calls for the cases <see cref="SkyroomWire"/> does not cover.</summary>
internal static class SkyroomTestData
{
    public const string Password = "pass-1234";

    public static async Task<long> CreateRoomAsync(this SkyroomWire api, string? name = null) =>
        (await api.OkAsync("createRoom", new { name = name ?? SkyroomApiFixture.UniqueName() })).GetInt64();

    public static async Task<long> CreateUserAsync(this SkyroomWire api, string? username = null, string nickname = "کاربر آزمایشی") =>
        (await api.OkAsync("createUser", new { username = username ?? SkyroomApiFixture.UniqueName("u"), password = Password, nickname })).GetInt64();

    public static async Task GrantAsync(this SkyroomWire api, long roomId, long userId, int access = 1) =>
        Assert.Equal(1, (await api.OkAsync("addRoomUsers", new { room_id = roomId, users = new[] { new { user_id = userId, access } } })).GetInt32());

    /// <summary>Asserts the call fails with exactly this code and message.</summary>
    public static async Task ExpectErrorAsync(this SkyroomWire api, int code, string message, string action, object? parameters = null)
    {
        var (actualCode, actualMessage) = await api.ErrorAsync(action, parameters);
        Assert.Equal((code, message), (actualCode, actualMessage));
    }

    public static Task ExpectNotFoundAsync(this SkyroomWire api, string action, object? parameters) =>
        api.ExpectErrorAsync(15, SkyroomMessages.NotFound, action, parameters);

    public static Task ExpectNotAllowedAsync(this SkyroomWire api, string action, object? parameters) =>
        api.ExpectErrorAsync(12, SkyroomMessages.NotAllowed, action, parameters);

    public static Task ExpectInvalidAsync(this SkyroomWire api, string message, string action, object? parameters = null) =>
        api.ExpectErrorAsync(13, message, action, parameters);

    /// <summary>Sends any request to the API path and asserts the answer is HTTP 200 with exactly the envelope's keys.</summary>
    public static async Task<JsonElement> SendEnvelopeAsync(this SkyroomWire api, HttpRequestMessage request)
    {
        using var response = await api.Http.SendAsync(request);
        return await ReadEnvelopeAsync(response);
    }

    public static async Task<JsonElement> ReadEnvelopeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement.Clone();
        var keys = root.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(root.GetProperty("ok").GetBoolean() ? ["ok", "result"] : new[] { "ok", "error_code", "error_message" }, keys);
        return root;
    }

    public static HttpRequestMessage Post(this SkyroomWire api, HttpContent content, string? path = null) =>
        new(HttpMethod.Post, path ?? api.Path) { Content = content };

    public static SkyroomWire WithKey(this SkyroomWire api, string apiKey) => new(api.Http, apiKey);
}
