using Kelas.Client.ShortLinks;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

/// <summary>Each test lists a business of its own, so totals and orders are exact.</summary>
public class ShortLinkListContractTests(ShortLinkContractFixture fixture) : IClassFixture<ShortLinkContractFixture>
{
    [Fact]
    public async Task ListWalksEveryPageAndAnswersEachLinkOnceNewestFirst()
    {
        var business = await fixture.Factory.CreateShortLinkBusinessAsync();
        var counter = new CountingHandler();
        var http = fixture.Factory.CreateDefaultClient(counter);
        var tilin = new ShortLinkClient(http, new ShortLinkClientOptions { Endpoint = http.BaseAddress, Token = business.Token, ApiKey = business.ApiKey });
        var added = new List<ShortLink>();
        for (var i = 0; i < 230; i++)
        {
            fixture.Factory.Clock.Advance(TimeSpan.FromSeconds(1));
            added.Add(await tilin.AddAsync(new AddShortLinkRequest
            {
                UrlOrContent = ShortLinkContractFixture.UniqueUrl($"p{i}").AbsoluteUri,
                Kind = ShortLinkKind.Link,
                Tags = i % 2 == 0 ? ["even"] : ["odd"],
            }));
        }

        counter.Requests = 0;
        var newestFirst = await tilin.ListAsync().ToListAsync();
        var requests = counter.Requests;
        var oldestFirst = await tilin.ListAsync(new ShortLinkQuery { OrderBy = ShortLinkOrder.CreateTime, Ascending = true }).ToListAsync();
        var even = await tilin.ListAsync(new ShortLinkQuery { FilterTags = ["even"], Ascending = true }).ToListAsync();

        Assert.Equal(3, requests);
        Assert.Equal(added.AsEnumerable().Reverse(), newestFirst);
        Assert.Equal(added, oldestFirst);
        Assert.Equal(added.Where((_, i) => i % 2 == 0), even);
    }

    [Fact]
    public async Task GetPageAnswersTheTotalAndTheAskedSliceWithAtMost100Links()
    {
        var tilin = await fixture.CreateBusinessClientAsync();
        var added = new List<ShortLink>();
        for (var i = 0; i < 105; i++)
        {
            fixture.Factory.Clock.Advance(TimeSpan.FromMilliseconds(1));
            added.Add(await tilin.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl()));
        }

        var ascending = new ShortLinkQuery { Ascending = true };
        var slice = await tilin.GetPageAsync(ascending, offset: 10, count: 5);
        var capped = await tilin.GetPageAsync(ascending, offset: 0, count: 500);
        var tail = await tilin.GetPageAsync(ascending, offset: 100, count: 100);
        var beyond = await tilin.GetPageAsync(ascending, offset: 200, count: 10);
        var defaults = await tilin.GetPageAsync(null, offset: 0, count: 3);

        Assert.Equal([105, 105, 105, 105], new[] { slice.TotalCount, capped.TotalCount, tail.TotalCount, beyond.TotalCount });
        Assert.Equal(added.Skip(10).Take(5), slice.Items);
        Assert.Equal(added.Take(100), capped.Items);
        Assert.Equal(added.Skip(100), tail.Items);
        Assert.Empty(beyond.Items);
        Assert.Equal(added.AsEnumerable().Reverse().Take(3), defaults.Items);
    }

    [Fact]
    public async Task ListOfABusinessWithoutLinksIsEmpty()
    {
        var tilin = await fixture.CreateBusinessClientAsync();

        Assert.Empty(await tilin.ListAsync().ToListAsync());
        Assert.Equal(0, (await tilin.GetPageAsync(null, 0, 10)).TotalCount);
    }

    [Fact]
    public async Task ListAnswersOnlyTheCallersLinks()
    {
        var tilin = await fixture.CreateBusinessClientAsync();
        var mine = await tilin.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());
        await fixture.OtherClient.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());

        Assert.Equal([mine], await tilin.ListAsync().ToListAsync());
    }

    [Fact]
    public async Task EveryOrderWorksBothWays()
    {
        var tilin = await fixture.CreateBusinessClientAsync();
        var prefix = ShortLinkContractFixture.UniqueHash("ord");

        // Created c, a, d, b; visited 2, 0, 3, 1 times.
        foreach (var (letter, visits) in new[] { ("c", 2), ("a", 0), ("d", 3), ("b", 1) })
        {
            fixture.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
            var link = await tilin.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl(), $"{prefix}-{letter}");
            for (var i = 0; i < visits; i++)
            {
                await tilin.VisitAsync(link.Hash);
            }
        }

        await fixture.Factory.FlushShortLinkVisitsAsync();

        async Task<string> OrderAsync(ShortLinkOrder? orderBy, bool? ascending)
        {
            var page = await tilin.GetPageAsync(new ShortLinkQuery { OrderBy = orderBy, Ascending = ascending }, 0, 10);
            var walked = await tilin.ListAsync(new ShortLinkQuery { OrderBy = orderBy, Ascending = ascending }).ToListAsync();
            Assert.Equal(page.Items, walked);
            return string.Concat(page.Items.Select(l => l.Hash[^1..]));
        }

        Assert.Equal("abcd", await OrderAsync(ShortLinkOrder.Hash, true));
        Assert.Equal("dcba", await OrderAsync(ShortLinkOrder.Hash, false));
        Assert.Equal("cadb", await OrderAsync(ShortLinkOrder.CreateTime, true));
        Assert.Equal("bdac", await OrderAsync(ShortLinkOrder.CreateTime, false));
        Assert.Equal("cadb", await OrderAsync(ShortLinkOrder.ExpireTime, true));
        Assert.Equal("bdac", await OrderAsync(ShortLinkOrder.ExpireTime, false));
        Assert.Equal("abcd", await OrderAsync(ShortLinkOrder.VisitCount, true));
        Assert.Equal("dcba", await OrderAsync(ShortLinkOrder.VisitCount, false));
        Assert.Equal("bdac", await OrderAsync(null, null));
        Assert.Equal("cadb", await OrderAsync(null, true));
        Assert.Equal("dcba", await OrderAsync(ShortLinkOrder.Hash, null));
    }

    [Fact]
    public async Task EveryFilterKeepsTheMatchingLinks()
    {
        var tilin = await fixture.CreateBusinessClientAsync();
        var clock = fixture.Factory.Clock;
        var unique = Guid.NewGuid().ToString("N")[..8];
        clock.Advance(TimeSpan.FromMinutes(1));
        var t0 = clock.GetUtcNow();
        var a = await Add(ShortLinkKind.Link, $"https://example.com/tehran/{unique}", $"tehran-news-{unique}", "news", "sport");
        var b = await Add(ShortLinkKind.Content, $"یادداشت جلسه {unique}", null, "notes");
        var c = await Add(ShortLinkKind.File, $"https://files.example.com/{unique}/report.pdf", $"report-{unique}", "news");
        var d = await Add(ShortLinkKind.Link, $"https://example.org/{unique}", null);
        var e = await Add(ShortLinkKind.Content, $"اطلاعیه مهم {unique}", null, "اطلاعیه", "کلاس");
        await fixture.OtherClient.ShortenUrlAsync(new Uri($"https://example.com/tehran/{unique}"));

        async Task<ShortLink> Add(ShortLinkKind kind, string urlOrContent, string? hash, params string[] tags)
        {
            var link = await tilin.AddAsync(new AddShortLinkRequest { UrlOrContent = urlOrContent, Kind = kind, Hash = hash, Tags = tags });
            clock.Advance(TimeSpan.FromMinutes(1));
            return link;
        }

        async Task<ShortLink[]> Matching(ShortLinkQuery query)
        {
            query = query with { OrderBy = ShortLinkOrder.CreateTime, Ascending = true };
            var page = await tilin.GetPageAsync(query, 0, 100);
            var walked = await tilin.ListAsync(query).ToListAsync();
            Assert.Equal(page.Items, walked);
            Assert.Equal(page.Items.Count, page.TotalCount);
            return [.. page.Items];
        }

        Assert.Equal([a], await Matching(new ShortLinkQuery { SearchSubstring = "tehran" }));
        Assert.Equal([c], await Matching(new ShortLinkQuery { SearchSubstring = "report" }));
        Assert.Equal([b], await Matching(new ShortLinkQuery { SearchSubstring = "notes" }));
        Assert.Equal([b], await Matching(new ShortLinkQuery { SearchSubstring = "یادداشت" }));
        Assert.Equal([a, b, c, d, e], await Matching(new ShortLinkQuery { SearchSubstring = unique }));

        var minute = TimeSpan.FromMinutes(1);
        Assert.Equal([b, c, d], await Matching(new ShortLinkQuery { CreatedFrom = t0 + minute, CreatedTo = t0 + (3 * minute) }));
        Assert.Equal([d, e], await Matching(new ShortLinkQuery { CreatedFrom = t0 + (3 * minute) }));
        Assert.Equal([a, b], await Matching(new ShortLinkQuery { CreatedTo = t0 + minute }));
        Assert.Equal([c], await Matching(new ShortLinkQuery { CreatedFrom = t0 + (2 * minute), CreatedTo = t0 + (2 * minute) }));
        Assert.Empty(await Matching(new ShortLinkQuery { CreatedFrom = t0 + minute + TimeSpan.FromMilliseconds(1), CreatedTo = t0 + (2 * minute) - TimeSpan.FromMilliseconds(1) }));

        Assert.Equal([a, c], await Matching(new ShortLinkQuery { HashGeneratedMethod = HashGeneratedMethod.Custom }));
        Assert.Equal([b, d, e], await Matching(new ShortLinkQuery { HashGeneratedMethod = HashGeneratedMethod.Auto }));

        Assert.Equal([a, d], await Matching(new ShortLinkQuery { Kind = ShortLinkKind.Link }));
        Assert.Equal([b, e], await Matching(new ShortLinkQuery { Kind = ShortLinkKind.Content }));
        Assert.Equal([c], await Matching(new ShortLinkQuery { Kind = ShortLinkKind.File }));

        Assert.Equal([a, c], await Matching(new ShortLinkQuery { FilterTags = ["news"] }));
        Assert.Equal([a], await Matching(new ShortLinkQuery { FilterTags = ["news", "sport"] }));
        Assert.Equal([e], await Matching(new ShortLinkQuery { FilterTags = ["کلاس"] }));
        Assert.Empty(await Matching(new ShortLinkQuery { FilterTags = ["new"] }));

        Assert.Equal([a], await Matching(new ShortLinkQuery { SearchTags = ["spo"] }));
        Assert.Equal([b, e], await Matching(new ShortLinkQuery { SearchTags = ["not", "اطلا"] }));
        Assert.Equal([a, c], await Matching(new ShortLinkQuery { SearchTags = ["new"] }));

        Assert.Equal([a], await Matching(new ShortLinkQuery { Kind = ShortLinkKind.Link, FilterTags = ["news"] }));
        Assert.Equal([d], await Matching(new ShortLinkQuery { Kind = ShortLinkKind.Link, HashGeneratedMethod = HashGeneratedMethod.Auto }));
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        public int Requests { get; set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
