using Kelas.ShortLinks.Tests.Support;

namespace Kelas.ShortLinks.Tests.Visits;

public sealed class ShutdownTests
{
    [Fact]
    public async Task GracefulShutdownStoresEveryQueuedVisit()
    {
        const int Visits = 500;
        using var database = new TestDatabase();
        ShortLinkBusiness business;
        string hash;

        // The writer would store only every 10 s: what is stored here is what the stop drained.
        using (var factory = ShortLinkApiFixture.CreateFactory(new Dictionary<string, string?> { ["ShortLinks:VisitFlushMilliseconds"] = "10000" }, database))
        {
            business = await factory.CreateShortLinkBusinessAsync();
            var client = factory.CreateClient(ShortLinkApiFixture.NoRedirects);
            var added = await new ShortLinkWire(client, business).OkAsync(46410, new Dictionary<string, object?>
            {
                ["urlOrContent"] = "https://example.com/shutdown",
                ["shortenObjectKind"] = "link",
            });
            hash = added.GetProperty("hash").GetString()!;
            await client.VisitManyAsync(hash, Visits, parallelism: 8);
        }

        using var restarted = ShortLinkApiFixture.CreateFactory(database: database);
        Assert.Equal(Visits, await restarted.StoredVisitCountAsync(hash));
        var api = new ShortLinkWire(restarted.CreateClient(), business);
        Assert.Equal(Visits, (await api.OkAsync(46414, new Dictionary<string, object?> { ["hash"] = hash })).GetProperty("totalCount").GetInt64());
    }
}
