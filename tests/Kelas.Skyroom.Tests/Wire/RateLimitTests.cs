using System.Net;
using System.Text;

namespace Kelas.Skyroom.Tests.Wire;

public sealed class RateLimitTests(LowRateLimitFixture fixture) : IClassFixture<LowRateLimitFixture>
{
    private static HttpRequestMessage Ping(SkyroomWire api) =>
        api.Post(new StringContent("""{"action":"ping"}""", Encoding.UTF8, "application/json"));

    private static async Task UseUpTheMinuteAsync(SkyroomWire api)
    {
        for (var i = 0; i < LowRateLimitFixture.PerMinute; i++)
        {
            Assert.Equal(1, (await api.OkAsync("ping")).GetInt32());
        }
    }

    [Fact]
    public async Task TheCallAfterTheLimitGetsHttp503WithRetryAfterAndNoEnvelope()
    {
        var api = await fixture.NewKeyAsync();
        await UseUpTheMinuteAsync(api);

        using var response = await api.Http.SendAsync(Ping(api));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var retryAfter = Assert.Single(response.Headers.GetValues("Retry-After"));
        Assert.Matches("^[0-9]+$", retryAfter);
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.NotEqual("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("\"ok\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryCallOverTheLimitGets503WhateverItAsks()
    {
        var api = await fixture.NewKeyAsync();
        await UseUpTheMinuteAsync(api);

        foreach (var content in new HttpContent[]
        {
            new StringContent("""{"action":"getRooms"}""", Encoding.UTF8, "application/json"),
            new StringContent("{broken", Encoding.UTF8, "application/json"),
            new FormUrlEncodedContent([new("action", "ping")]),
        })
        {
            using var response = await api.Http.SendAsync(api.Post(content));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public async Task AnotherKeyIsUnaffectedWhileOneIsLimited()
    {
        var limited = await fixture.NewKeyAsync();
        var other = await fixture.NewKeyAsync();
        await UseUpTheMinuteAsync(limited);
        using (var response = await limited.Http.SendAsync(Ping(limited)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }

        using var otherResponse = await other.Http.SendAsync(Ping(other));

        Assert.Equal(HttpStatusCode.OK, otherResponse.StatusCode);
        Assert.Equal(1, SkyroomWire.Result(await SkyroomTestData.ReadEnvelopeAsync(otherResponse)).GetInt32());
    }

    [Fact]
    public async Task UnknownKeysAlwaysGetError11NotTheRateLimit()
    {
        var api = (await fixture.NewKeyAsync()).WithKey("apikey-999999-123456-0123456789abcdef0123456789abcd");

        for (var i = 0; i < LowRateLimitFixture.PerMinute * 2; i++)
        {
            Assert.Equal((11, SkyroomMessages.InvalidKey), await api.ErrorAsync("ping"));
        }
    }
}
