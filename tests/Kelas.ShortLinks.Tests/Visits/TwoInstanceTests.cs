using System.Net;
using Kelas.ShortLinks.Tests.Support;

namespace Kelas.ShortLinks.Tests.Visits;

/// <summary>Two server instances over one database, as behind a load balancer.</summary>
public sealed class TwoInstanceTests
{
    [Fact]
    public async Task VisitsThroughBothInstancesAreAllCountedOnTheSameCounters()
    {
        using var database = new TestDatabase();
        using var first = ShortLinkApiFixture.CreateFactory(database: database);
        using var second = ShortLinkApiFixture.CreateFactory(database: database);
        var business = await first.CreateShortLinkBusinessAsync();
        var firstClient = first.CreateClient(ShortLinkApiFixture.NoRedirects);
        var secondClient = second.CreateClient(ShortLinkApiFixture.NoRedirects);
        var hash = await new ShortLinkWire(firstClient, business).AddAsync("https://example.com/two-instances");

        await Task.WhenAll(firstClient.VisitManyAsync(hash, 1_500, parallelism: 16), secondClient.VisitManyAsync(hash, 1_500, parallelism: 16));
        await first.FlushShortLinkVisitsAsync();
        await second.FlushShortLinkVisitsAsync();

        Assert.Equal(3_000, await first.StoredVisitCountAsync(hash));
        var statistics = await new ShortLinkWire(secondClient, business).OkAsync(46414, new Dictionary<string, object?> { ["hash"] = hash, ["kind"] = "minute" });
        Assert.Equal(3_000, statistics.GetProperty("totalCount").GetInt64());
        Assert.Equal([3_000L], statistics.GetProperty("clickIntervals").GetProperty("clicksCount").EnumerateArray().Select(c => c.GetInt64()));
    }

    [Fact]
    public async Task AnotherInstancesDeactivationShowsOnceTheLinkCacheExpires()
    {
        using var database = new TestDatabase();
        var noCache = new Dictionary<string, string?> { ["ShortLinks:LinkCacheSeconds"] = "0" };
        using var first = ShortLinkApiFixture.CreateFactory(noCache, database);
        using var second = ShortLinkApiFixture.CreateFactory(noCache, database);
        var business = await first.CreateShortLinkBusinessAsync();
        var firstApi = new ShortLinkWire(first.CreateClient(ShortLinkApiFixture.NoRedirects), business);
        var secondClient = second.CreateClient(ShortLinkApiFixture.NoRedirects);
        var hash = await firstApi.AddAsync("https://example.com/deactivated-elsewhere");
        Assert.Equal(HttpStatusCode.Redirect, await secondClient.VisitAsync(hash));

        await firstApi.OkAsync(46413, new Dictionary<string, object?> { ["hash"] = hash, ["setStatus"] = "deactive" });

        Assert.Equal(HttpStatusCode.NotFound, await secondClient.VisitAsync(hash));
    }
}
