using System.Net;
using System.Text;
using Kelas.Client.ShortLinks;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

public class ShortLinkVisitContractTests(ShortLinkContractFixture fixture) : IClassFixture<ShortLinkContractFixture>
{
    private readonly ShortLinkClient client = fixture.Client;

    [Fact]
    public async Task VisitAnswersTheLinkWithThisVisitCounted()
    {
        var added = await client.AddAsync(new AddShortLinkRequest
        {
            UrlOrContent = "یادداشت " + Guid.NewGuid(),
            Kind = ShortLinkKind.Content,
            Hash = ShortLinkContractFixture.UniqueHash("یادداشت"),
            Tags = ["کلاس"],
        });

        var visited = await client.VisitAsync(added.Hash);

        Assert.Equal(added with { VisitCount = 1 }, visited);
    }

    [Fact]
    public async Task EveryStoredVisitShowsInTheNextVisitAndInTheList()
    {
        var link = await client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());

        await client.VisitAsync(link.Hash);
        await fixture.Factory.FlushShortLinkVisitsAsync();
        var second = await client.VisitAsync(link.Hash);
        await fixture.Factory.FlushShortLinkVisitsAsync();

        Assert.Equal(2, second.VisitCount);
        Assert.Equal(2, await VisitCountInListAsync(link.Hash));
    }

    [Fact]
    public async Task VisitsThroughThePublicUrlAreCountedToo()
    {
        var link = await client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());

        for (var i = 0; i < 3; i++)
        {
            using var response = await fixture.OpenAsync(link.HashUrl!);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using (await fixture.OpenAsync(link.HashUrl!, method: HttpMethod.Head))
        {
        }

        await fixture.Factory.FlushShortLinkVisitsAsync();

        Assert.Equal(3, await VisitCountInListAsync(link.Hash));
        Assert.Equal(4, (await client.VisitAsync(link.Hash)).VisitCount);
    }

    [Fact]
    public async Task AnyBusinessMayVisitAnyHash()
    {
        var theirs = await fixture.OtherClient.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl(), ShortLinkContractFixture.UniqueHash("theirs"));

        var visited = await client.VisitAsync(theirs.Hash);

        Assert.Equal(theirs with { VisitCount = 1 }, visited);
    }

    [Fact]
    public async Task VisitingAnUnknownHashThrowsNotFound()
    {
        var error = await Assert.ThrowsAsync<ShortLinkNotFoundException>(() => client.VisitAsync(ShortLinkContractFixture.UniqueHash("missing")));

        Assert.Equal((ShortLinkException.NotFound, "NOT_FOUND: خطا در یافتن hash", false), (error.Code, error.Message, error.IsGatewayError));
        Assert.Matches("^[0-9a-f]{32}$", error.ReferenceNumber);
    }

    [Fact]
    public async Task HashesAreCaseSensitive()
    {
        var hash = ShortLinkContractFixture.UniqueHash("Case");
        await client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl(), hash);

        await Assert.ThrowsAsync<ShortLinkNotFoundException>(() => client.VisitAsync(hash.ToLowerInvariant()));
    }

    [Fact]
    public async Task AHashSentDecomposedIsStoredComposedAndFoundInEitherForm()
    {
        // "آ" and "ئ" decompose to a letter and a combining mark; the server stores custom hashes in NFC.
        var composed = ShortLinkContractFixture.UniqueHash("آموزش-ئ");
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        var url = ShortLinkContractFixture.UniqueUrl();

        var link = await client.ShortenUrlAsync(url, decomposed);

        Assert.Equal(composed, link.Hash);
        Assert.Equal(composed, (await client.VisitAsync(decomposed)).Hash);
        using (var response = await fixture.OpenAsync(fixture.ShortUrl(decomposed)))
        {
            Assert.Equal((HttpStatusCode.Redirect, url.AbsoluteUri), (response.StatusCode, response.Headers.Location?.AbsoluteUri));
        }

        await fixture.Factory.FlushShortLinkVisitsAsync();
        Assert.Equal(2, (await client.GetStatisticsAsync(decomposed)).TotalCount);
        await client.SetStatusAsync(decomposed, active: false);
        await Assert.ThrowsAsync<ShortLinkNotFoundException>(() => client.VisitAsync(composed));
        var taken = await Assert.ThrowsAsync<ShortLinkException>(() => client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl(), composed));
        Assert.Equal(ShortLinkException.HashTaken, taken.Code);
    }

    [Fact]
    public async Task AnExpiredLinkCannotBeVisitedButIsStillListedWithItsStatistics()
    {
        // Moves this fixture's clock two years on; every other test of this class creates its links afterwards.
        var link = await client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());
        await client.VisitAsync(link.Hash);
        await fixture.Factory.FlushShortLinkVisitsAsync();
        fixture.Factory.Clock.Advance(TimeSpan.FromDays(730) + TimeSpan.FromMinutes(1));

        await Assert.ThrowsAsync<ShortLinkNotFoundException>(() => client.VisitAsync(link.Hash));
        using var response = await fixture.OpenAsync(link.HashUrl!);
        var listed = await FindInListAsync(link.Hash);
        var statistics = await client.GetStatisticsAsync(link.Hash);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(link with { VisitCount = 1 }, listed);
        Assert.Equal(1, statistics.TotalCount);
    }

    private async Task<long> VisitCountInListAsync(string hash) => (await FindInListAsync(hash)).VisitCount;

    private async Task<ShortLink> FindInListAsync(string hash) =>
        Assert.Single((await client.GetPageAsync(new ShortLinkQuery { SearchSubstring = hash }, 0, 100)).Items, l => l.Hash == hash);
}
