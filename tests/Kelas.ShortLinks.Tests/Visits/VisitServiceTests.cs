using System.Net;
using System.Text.Json;
using Kelas.ShortLinks.Tests.Support;

namespace Kelas.ShortLinks.Tests.Visits;

/// <summary>Service 46411: a visit recorded through the gateway.</summary>
public sealed class VisitServiceTests(ShortLinkApiFixture fixture) : IClassFixture<ShortLinkApiFixture>
{
    private const long Visit = 46411;

    private ShortLinkWire Api => fixture.Api;

    private static Dictionary<string, object?> Hash(string hash) => new() { ["hash"] = hash };

    /// <summary>The fixture's business calling from a browser-like client.</summary>
    private ShortLinkWire ApiCallingAs(string userAgent, IPAddress address)
    {
        var client = fixture.Factory.CreateClient(ShortLinkApiFixture.NoRedirects);
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address.ToString());
        return new ShortLinkWire(client, fixture.Business);
    }

    [Fact]
    public async Task VisitAnswersTheLinkWithThisVisitCounted()
    {
        var url = $"https://example.com/{ShortLinkApiFixture.Unique()}";
        var hash = await fixture.AddLinkAsync(url, tags: "news,خبر");

        var first = await Api.OkAsync(Visit, Hash(hash));
        await fixture.Factory.FlushShortLinkVisitsAsync();
        var second = await Api.OkAsync(Visit, Hash(hash));
        await fixture.Factory.FlushShortLinkVisitsAsync();

        Assert.Equal(1, first.GetProperty("visitCount").GetInt64());
        Assert.Equal(2, second.GetProperty("visitCount").GetInt64());
        Assert.Equal(2, await fixture.Factory.StoredVisitCountAsync(hash));
        Assert.Equal(hash, second.GetProperty("hash").GetString());
        Assert.Equal(url, second.GetProperty("urlOrContent").GetString());
        Assert.Equal("http://localhost/l/" + hash, second.GetProperty("hashURL").GetString());
        Assert.Equal("link", second.GetProperty("shortenObjectKind").GetString());
        Assert.Equal("news,خبر", second.GetProperty("tags").GetString());
        Assert.False(second.GetProperty("isDeleted").GetBoolean());
    }

    [Fact]
    public async Task VisitIsCountedInStatisticsWithTheCallersBrowserAndPlace()
    {
        var hash = await fixture.AddLinkAsync();

        await ApiCallingAs(FakeUserAgents.ChromeWindows, FakeGeoLocator.Tehran).OkAsync(Visit, Hash(hash));
        await fixture.Factory.FlushShortLinkVisitsAsync();

        var statistics = await Api.OkAsync(46414, Hash(hash));
        Assert.Equal(1, statistics.GetProperty("totalCount").GetInt64());
        var country = Assert.Single(statistics.GetProperty("countries").EnumerateArray());
        Assert.Equal("Iran", country.GetProperty("name").GetString());
        Assert.Equal("Tehran", Assert.Single(country.GetProperty("cities").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("Chrome", Assert.Single(statistics.GetProperty("browsers").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("Windows 10", Assert.Single(statistics.GetProperty("oses").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task VisitServiceCountsEvenACallerThatLooksLikeABot()
    {
        var hash = await fixture.AddLinkAsync();

        await ApiCallingAs(FakeUserAgents.Googlebot, FakeGeoLocator.Mashhad).OkAsync(Visit, Hash(hash));
        await fixture.Factory.FlushShortLinkVisitsAsync();

        Assert.Equal(1, await fixture.Factory.StoredVisitCountAsync(hash));
    }

    [Fact]
    public async Task UnknownHashAnswers404()
    {
        Assert.Equal(404, (await Api.ErrorAsync(Visit, Hash(ShortLinkApiFixture.Unique()))).Code);
    }

    [Fact]
    public async Task AHashVisitedBeforeItsLinkExistedCanBeVisitedAsSoonAsTheLinkIsAdded()
    {
        var hash = ShortLinkApiFixture.Unique();
        Assert.Equal(404, (await Api.ErrorAsync(Visit, Hash(hash))).Code);

        await fixture.AddLinkAsync(hash: hash);

        Assert.Equal(hash, (await Api.OkAsync(Visit, Hash(hash))).GetProperty("hash").GetString());
    }

    [Fact]
    public async Task DeactivatedLinkAnswers404AndIsNotCounted()
    {
        var hash = await fixture.AddLinkAsync();
        await Api.OkAsync(Visit, Hash(hash));
        await Api.OkAsync(46413, new Dictionary<string, object?> { ["hash"] = hash, ["setStatus"] = "deactive" });

        Assert.Equal(404, (await Api.ErrorAsync(Visit, Hash(hash))).Code);
        await fixture.Factory.FlushShortLinkVisitsAsync();
        Assert.Equal(1, await fixture.Factory.StoredVisitCountAsync(hash));
    }

    [Fact]
    public async Task ExpiredLinkAnswers404()
    {
        var hash = await fixture.AddLinkAsync();
        await Api.OkAsync(Visit, Hash(hash));

        fixture.Factory.Clock.Advance(TimeSpan.FromDays(731));

        Assert.Equal(404, (await Api.ErrorAsync(Visit, Hash(hash))).Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task MissingHashAnswers116(string? hash)
    {
        var (code, message) = await Api.ErrorAsync(Visit, new Dictionary<string, object?> { ["hash"] = hash });

        Assert.Equal(116, code);
        Assert.EndsWith("hash", message);
    }

    [Fact]
    public async Task AnotherBusinessMayVisitAnyHash()
    {
        var hash = await fixture.AddLinkAsync();

        var visited = await fixture.OtherApi.OkAsync(Visit, Hash(hash));
        await fixture.Factory.FlushShortLinkVisitsAsync();

        Assert.Equal(hash, visited.GetProperty("hash").GetString());
        Assert.Equal(1, visited.GetProperty("visitCount").GetInt64());
        Assert.Equal(1, await fixture.Factory.StoredVisitCountAsync(hash));
        Assert.Equal(401, (await fixture.OtherApi.ErrorAsync(46414, Hash(hash))).Code);
    }

    [Fact]
    public async Task VisitOfAContentLinkAnswersItsText()
    {
        var text = "متن کوتاه " + ShortLinkApiFixture.Unique();
        var hash = await fixture.AddLinkAsync(text, "content");

        var visited = await Api.OkAsync(Visit, Hash(hash));

        Assert.Equal(text, visited.GetProperty("urlOrContent").GetString());
        Assert.Equal("content", visited.GetProperty("shortenObjectKind").GetString());
        Assert.Equal(JsonValueKind.Number, visited.GetProperty("expireTime").ValueKind);
    }
}
