using System.Net;
using Kelas.Client.ShortLinks;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

public class ShortLinkStatusContractTests(ShortLinkContractFixture fixture) : IClassFixture<ShortLinkContractFixture>
{
    private readonly ShortLinkClient client = fixture.Client;

    [Fact]
    public async Task ADeactivatedLinkIsListedAsDeletedAnswers404AndComesBackWhenReactivated()
    {
        var url = ShortLinkContractFixture.UniqueUrl();
        var link = await client.ShortenUrlAsync(url, ShortLinkContractFixture.UniqueHash("وضعیت"));

        await client.SetStatusAsync(link.Hash, active: false);

        Assert.Equal(link with { IsDeleted = true }, await FindAsync(link.Hash));
        using (var response = await fixture.OpenAsync(link.HashUrl!))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        await Assert.ThrowsAsync<ShortLinkNotFoundException>(() => client.VisitAsync(link.Hash));

        await client.SetStatusAsync(link.Hash, active: true);

        Assert.Equal(link, await FindAsync(link.Hash));
        using (var response = await fixture.OpenAsync(link.HashUrl!))
        {
            Assert.Equal((HttpStatusCode.Redirect, url.AbsoluteUri), (response.StatusCode, response.Headers.Location?.AbsoluteUri));
        }

        await fixture.Factory.FlushShortLinkVisitsAsync();
        Assert.Equal(2, (await client.VisitAsync(link.Hash)).VisitCount);
    }

    [Fact]
    public async Task SettingTheSameStatusTwiceSucceeds()
    {
        var link = await client.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());

        await client.SetStatusAsync(link.Hash, active: true);
        await client.SetStatusAsync(link.Hash, active: false);
        await client.SetStatusAsync(link.Hash, active: false);

        Assert.True((await FindAsync(link.Hash)).IsDeleted);
    }

    [Fact]
    public async Task DeactivatedLinksStayInFiltersAndCounts()
    {
        var tilin = await fixture.CreateBusinessClientAsync();
        var first = await tilin.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());
        var second = await tilin.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());

        await tilin.SetStatusAsync(first.Hash, active: false);

        var page = await tilin.GetPageAsync(new ShortLinkQuery { OrderBy = ShortLinkOrder.CreateTime, Ascending = true }, 0, 10);
        Assert.Equal(2, page.TotalCount);
        Assert.Equal([first with { IsDeleted = true }, second], page.Items);
    }

    [Fact]
    public async Task SettingTheStatusOfAnUnknownHashThrowsNotFound()
    {
        var error = await Assert.ThrowsAsync<ShortLinkNotFoundException>(() => client.SetStatusAsync(ShortLinkContractFixture.UniqueHash("missing"), active: false));

        Assert.Equal((ShortLinkException.NotFound, "NOT_FOUND: خطا در یافتن hash"), (error.Code, error.Message));
    }

    [Fact]
    public async Task SettingTheStatusOfAnotherBusinesssLinkThrows401AndChangesNothing()
    {
        var theirs = await fixture.OtherClient.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl(), ShortLinkContractFixture.UniqueHash("theirs"));

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => client.SetStatusAsync(theirs.Hash, active: false));

        Assert.IsNotType<ShortLinkNotFoundException>(error);
        Assert.Equal((ShortLinkException.Unauthorized, "UNAUTHORIZED: عدم احراز هویت", false), (error.Code, error.Message, error.IsGatewayError));
        Assert.False(Assert.Single(await fixture.OtherClient.ListAsync().ToListAsync(), l => l.Hash == theirs.Hash).IsDeleted);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task ABlankHashIsRefusedBeforeSendingSo119NeverComesBack(string blank)
    {
        // The server answers 119 (HASH_IS_NULL_OR_EMPTY) for a blank hash; the SDK refuses the same values.
        await Assert.ThrowsAsync<ArgumentException>(() => client.SetStatusAsync(blank, active: false));
    }

    private async Task<ShortLink> FindAsync(string hash) =>
        Assert.Single((await client.GetPageAsync(new ShortLinkQuery { SearchSubstring = hash }, 0, 100)).Items, l => l.Hash == hash);
}
