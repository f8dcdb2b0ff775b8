namespace Kelas.ShortLinks.Tests.Visits;

/// <summary>Concurrent adds that collide: the database's unique indexes decide, and every loser gets the original's error.</summary>
public sealed class CustomHashRaceTests(ShortLinkApiFixture fixture) : IClassFixture<ShortLinkApiFixture>
{
    private const int Callers = 16;

    private static async Task<PodAnswer[]> InParallelAsync(Func<int, Task<PodAnswer>> call)
    {
        using var start = new SemaphoreSlim(0);
        var calls = Enumerable.Range(0, Callers).Select(async i =>
        {
            await start.WaitAsync();
            return await call(i);
        }).ToList();
        start.Release(Callers);
        return await Task.WhenAll(calls);
    }

    private static Dictionary<string, object?> Add(string url, string? hash = null)
    {
        var parameters = new Dictionary<string, object?> { ["urlOrContent"] = url, ["shortenObjectKind"] = "link" };
        if (hash is not null)
        {
            parameters["hash"] = hash;
        }

        return parameters;
    }

    [Fact]
    public async Task ParallelAddsOfOneCustomHashStoreExactlyOneLink()
    {
        var hash = "race-" + ShortLinkApiFixture.Unique();
        var urls = Enumerable.Range(0, Callers).Select(i => $"https://example.com/{hash}/{i}").ToArray();

        // Half the callers are another business: hashes are one namespace for all.
        var answers = await InParallelAsync(i => (i % 2 == 0 ? fixture.Api : fixture.OtherApi).CallAsync(46410, Add(urls[i], hash)));

        var winner = Assert.Single(answers, a => a.InnerCode == 200);
        var losers = answers.Where(a => a.InnerCode != 200).ToList();
        Assert.Equal(Callers - 1, losers.Count);
        Assert.All(losers, loser => Assert.Equal((119, "CUSTOM_HASH_REPETETIVE: هش تکراری"), (loser.InnerCode, loser.Inner.GetProperty("message").GetString())));
        Assert.Equal(hash, winner.Result.GetProperty("hash").GetString());
        Assert.Equal("custom", winner.Result.GetProperty("hashGeneratedMethod").GetString());

        var winnerUrl = winner.Result.GetProperty("urlOrContent").GetString();
        var visited = await fixture.Api.OkAsync(46411, new Dictionary<string, object?> { ["hash"] = hash });
        Assert.Equal(winnerUrl, visited.GetProperty("urlOrContent").GetString());
        var ownLinks = (await fixture.Api.OkAsync(46412, new Dictionary<string, object?> { ["search_sub_string"] = hash })).GetProperty("totalCount").GetInt64()
            + (await fixture.OtherApi.OkAsync(46412, new Dictionary<string, object?> { ["search_sub_string"] = hash })).GetProperty("totalCount").GetInt64();
        Assert.Equal(1, ownLinks);
    }

    [Fact]
    public async Task ParallelAddsOfOneUrlByOneBusinessStoreExactlyOneLink()
    {
        var url = $"https://example.com/{ShortLinkApiFixture.Unique("same-")}";

        var answers = await InParallelAsync(_ => fixture.Api.CallAsync(46410, Add(url)));

        Assert.Single(answers, a => a.InnerCode == 200);
        Assert.All(answers.Where(a => a.InnerCode != 200), loser => Assert.Equal(121, loser.InnerCode));
        var listed = await fixture.Api.OkAsync(46412, new Dictionary<string, object?> { ["search_sub_string"] = url });
        Assert.Equal(1, listed.GetProperty("totalCount").GetInt64());
    }
}
