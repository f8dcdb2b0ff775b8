using Kelas.ShortLinks.Tests.Support;

namespace Kelas.ShortLinks.Tests.Visits;

public sealed class ParallelVisitTests(ShortLinkApiFixture fixture) : IClassFixture<ShortLinkApiFixture>
{
    [Fact]
    public async Task TenThousandParallelVisitsAreEachCountedExactlyOnce()
    {
        const int Visits = 10_000;
        var hash = await fixture.AddLinkAsync();

        await fixture.Api.Http.VisitManyAsync(hash, Visits, parallelism: 32);
        await fixture.Factory.FlushShortLinkVisitsAsync();

        Assert.Equal(Visits, await fixture.Factory.StoredVisitCountAsync(hash));
        var listed = await fixture.Api.OkAsync(46412, new Dictionary<string, object?> { ["search_sub_string"] = hash });
        Assert.Equal(Visits, Assert.Single(listed.GetProperty("linkVos").EnumerateArray()).GetProperty("visitCount").GetInt64());
        var monthly = await fixture.Api.OkAsync(46414, new Dictionary<string, object?> { ["hash"] = hash });
        Assert.Equal(Visits, monthly.GetProperty("totalCount").GetInt64());
        var minutely = await fixture.Api.OkAsync(46414, new Dictionary<string, object?> { ["hash"] = hash, ["kind"] = "minute" });
        Assert.Equal(Visits, minutely.GetProperty("totalCount").GetInt64());
        Assert.Equal(Visits, minutely.GetProperty("clickIntervals").GetProperty("clicksCount").EnumerateArray().Sum(c => c.GetInt64()));
    }
}
