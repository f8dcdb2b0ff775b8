using System.Net;
using System.Net.Http.Json;

namespace Kelas.Server.Tests.Hosting;

/// <summary>Two server instances over one database: with <c>RateLimiting:Store=database</c> they share the per-key limit.</summary>
public sealed class SharedRateLimitTests
{
    [Theory]
    [InlineData("database", 4)]
    [InlineData("memory", 8)]
    public async Task TwoInstancesAllowTheLimitTogetherOnlyWithTheDatabaseStore(string store, int expectedAllowed)
    {
        using var database = new TestDatabase();
        var settings = new Dictionary<string, string?> { ["RateLimiting:Store"] = store, ["Skyroom:RateLimitPerMinute"] = "4" };
        using var first = new KelasFactory(settings, database);
        using var second = new KelasFactory(settings, database);
        var tenant = await first.CreateSkyroomTenantAsync();
        HttpClient[] instances = [first.CreateClient(), second.CreateClient()];

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var response = await instances[i % 2].PostAsJsonAsync("/skyroom/api/" + tenant.ApiKey, new { action = "ping" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single()) is >= 1 and <= 60);
            }
        }

        Assert.Equal(expectedAllowed, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(10 - expectedAllowed, statuses.Count(s => s == HttpStatusCode.ServiceUnavailable));
    }

    [Fact]
    public async Task DatabaseStoreOpensAFreshWindowEachMinuteAndKeepsKeysApart()
    {
        using var database = new TestDatabase();
        using var factory = new KelasFactory(new Dictionary<string, string?> { ["RateLimiting:Store"] = "database", ["Skyroom:RateLimitPerMinute"] = "2" }, database);
        var busy = await factory.CreateSkyroomTenantAsync();
        var quiet = await factory.CreateSkyroomTenantAsync();
        var http = factory.CreateClient();

        async Task<HttpStatusCode> PingAsync(SkyroomTenant tenant)
        {
            using var response = await http.PostAsJsonAsync("/skyroom/api/" + tenant.ApiKey, new { action = "ping" });
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await PingAsync(busy));
        Assert.Equal(HttpStatusCode.OK, await PingAsync(busy));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await PingAsync(busy));
        Assert.Equal(HttpStatusCode.OK, await PingAsync(quiet));

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, await PingAsync(busy));
    }
}
