using System.Net;
using System.Text.Json;

namespace Kelas.Shad.Tests.Api;

public sealed class LaunchApiTests
{
    private const string OperatorKey = "operator-key-for-tests";

    private static KelasFactory Factory(string? key = OperatorKey) =>
        new(key is null ? null : new Dictionary<string, string?> { ["Shad:OperatorKey"] = key });

    private static HttpRequestMessage Launch(string query, string? key = OperatorKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/kelas/shad/launch?" + query);
        if (key is not null)
        {
            request.Headers.Add("X-Kelas-Operator-Key", key);
        }

        return request;
    }

    [Fact]
    public async Task LaunchRedirectsToTheLandingUrlWithTheStudentsPairwiseId()
    {
        using var factory = Factory();
        var shadEvent = await factory.CreateShadEventAsync(landingUrl: "https://organizer.example/shad?lang=fa");
        await factory.AddShadUserAsync(42, verified: true);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.SendAsync(Launch($"event={shadEvent.LandingId}&user=42"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, hashedId) = await factory.HandOffShadUserAsync(shadEvent.LandingId, 42);
        Assert.Equal("https://organizer.example/shad?lang=fa&UserID=" + hashedId, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task LaunchWithFormatJsonAnswersTheUrlAndTheId()
    {
        using var factory = Factory();
        var shadEvent = await factory.CreateShadEventAsync();
        await factory.AddShadUserAsync(42, verified: false);

        using var response = await factory.CreateClient().SendAsync(Launch($"event={shadEvent.LandingId}&user=42&format=json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var hashedId = answer.RootElement.GetProperty("hashedId").GetString();
        Assert.Equal("https://organizer.example/shad?UserID=" + hashedId, answer.RootElement.GetProperty("url").GetString());
        Assert.Equal(42, answer.RootElement.GetProperty("userId").GetInt64());
    }

    [Fact]
    public async Task LaunchDoesNotExistWhenNoOperatorKeyIsConfigured()
    {
        using var factory = Factory(key: null);
        var shadEvent = await factory.CreateShadEventAsync();
        await factory.AddShadUserAsync(42, verified: true);

        using var response = await factory.CreateClient().SendAsync(Launch($"event={shadEvent.LandingId}&user=42", key: "anything"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData(null)]
    public async Task LaunchWithoutTheRightOperatorKeyIs401(string? key)
    {
        using var factory = Factory();
        var shadEvent = await factory.CreateShadEventAsync();
        await factory.AddShadUserAsync(42, verified: true);

        using var response = await factory.CreateClient().SendAsync(Launch($"event={shadEvent.LandingId}&user=42", key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task LaunchForAnUnknownUserOrEventIs404AndMissingParametersAre400()
    {
        using var factory = Factory();
        var shadEvent = await factory.CreateShadEventAsync();
        var client = factory.CreateClient();

        using var unknownUser = await client.SendAsync(Launch($"event={shadEvent.LandingId}&user=999"));
        using var unknownEvent = await client.SendAsync(Launch("event=123456789&user=999"));
        using var missing = await client.SendAsync(Launch("event=1"));

        Assert.Equal(HttpStatusCode.NotFound, unknownUser.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownEvent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }
}
