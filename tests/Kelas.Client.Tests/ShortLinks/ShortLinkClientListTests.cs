using System.Text.Json;
using Kelas.Client.ShortLinks;
using Kelas.Client.Tests.Support;

namespace Kelas.Client.Tests.ShortLinks;

public class ShortLinkClientListTests
{
    [Fact]
    public async Task ListAsyncWalksEveryPage()
    {
        var handler = Pages(total: 245, pageSizes: [100, 100, 45]);

        var links = await ShortLinkTestClient.Create(handler).ListAsync().ToListAsync();

        Assert.Equal(Enumerable.Range(0, 245).Select(i => $"h{i}"), links.Select(l => l.Hash));
        Assert.Equal([(0, 100), (100, 100), (200, 100)], handler.Requests.Select(OffsetAndCount));
    }

    [Fact]
    public async Task ListAsyncStopsWhenTheTotalIsReachedWithoutAskingForAnEmptyPage()
    {
        var handler = Pages(total: 200, pageSizes: [100, 100]);

        var links = await ShortLinkTestClient.Create(handler).ListAsync().ToListAsync();

        Assert.Equal(200, links.Count);
        Assert.Equal([0, 100], handler.Requests.Select(r => OffsetAndCount(r).Offset));
    }

    [Fact]
    public async Task ListAsyncOfNoLinksSendsOneRequest()
    {
        var handler = Pages(total: 0, pageSizes: [0]);

        Assert.Empty(await ShortLinkTestClient.Create(handler).ListAsync().ToListAsync());
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task ListAsyncKeepsPagingWhenTheServerAnswersFewerThanAskedButTheTotalSaysMore()
    {
        var handler = Pages(total: 120, pageSizes: [50, 50, 20]);

        var links = await ShortLinkTestClient.Create(handler).ListAsync().ToListAsync();

        Assert.Equal(120, links.Count);
        Assert.Equal([0, 50, 100], handler.Requests.Select(r => OffsetAndCount(r).Offset));
    }

    [Fact]
    public async Task ListAsyncStopsAtAShortPageWhenTheTotalIsMissing()
    {
        var handler = Pages(total: null, pageSizes: [100, 30]);

        var links = await ShortLinkTestClient.Create(handler).ListAsync().ToListAsync();

        Assert.Equal(130, links.Count);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task ListAsyncStopsAtAnEmptyPageWhenTheTotalWasTooHigh()
    {
        var handler = Pages(total: 300, pageSizes: [100, 0]);

        var links = await ShortLinkTestClient.Create(handler).ListAsync().ToListAsync();

        Assert.Equal(100, links.Count);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task ListAsyncSendsTheQueryWithEveryPage()
    {
        var handler = Pages(total: 150, pageSizes: [100, 50]);
        var query = new ShortLinkQuery { OrderBy = ShortLinkOrder.CreateTime, Ascending = true, FilterTags = ["news"] };

        await ShortLinkTestClient.Create(handler).ListAsync(query).ToListAsync();

        Assert.All(handler.Requests, request =>
        {
            var body = request.BodyJson();
            Assert.Equal("createTime", body["order_by"]!.GetValue<string>());
            Assert.True(body["order_asc"]!.GetValue<bool>());
            Assert.Equal("news", body["filter_tags"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task ListAsyncRequestsPagesOnlyAsTheyAreEnumerated()
    {
        var handler = Pages(total: 245, pageSizes: [100, 100, 45]);

        var first = await ShortLinkTestClient.Create(handler).ListAsync().Take(100).ToListAsync();

        Assert.Equal(100, first.Count);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task CancellingListAsyncStopsTheWalk()
    {
        var handler = Pages(total: 245, pageSizes: [100, 100, 45]);
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in ShortLinkTestClient.Create(handler).ListAsync().WithCancellation(cancellation.Token))
            {
                if (++seen == 100)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Single(handler.Requests);
    }

    // Answers the n-th request with pageSizes[n] links numbered from the request's offset.
    private static StubHttpHandler Pages(long? total, int[] pageSizes)
    {
        var next = -1;
        return new StubHttpHandler((request, _) =>
        {
            var size = pageSizes[Math.Min(Interlocked.Increment(ref next), pageSizes.Length - 1)];
            var offset = OffsetAndCount(request).Offset;
            var links = Enumerable.Range(offset, size).Select(i => new { hash = $"h{i}", urlOrContent = $"https://example.com/{i}", shortenObjectKind = "link" });
            var result = total is null
                ? JsonSerializer.Serialize(new { linkVos = links })
                : JsonSerializer.Serialize(new { totalCount = total, linkVos = links });
            return Task.FromResult(ShortLinkTestClient.Success(result));
        });
    }

    private static (int Offset, int Count) OffsetAndCount(RecordedRequest request)
    {
        var body = request.BodyJson();
        return (body["offset"]!.GetValue<int>(), body["count"]!.GetValue<int>());
    }
}
