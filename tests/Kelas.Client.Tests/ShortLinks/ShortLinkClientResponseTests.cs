using System.Text.Json;
using Kelas.Client.ShortLinks;
using Kelas.Client.Tests.Support;

namespace Kelas.Client.Tests.ShortLinks;

public class ShortLinkClientResponseTests
{
    // The list example of the original documentation, hashURLs with their stray leading spaces included.
    private const string DocumentedList = """
        {"totalCount":245,"linkVos":[
          {"urlOrContent":"this is sample content","hash":"sample20","hashURL":"http://example.com/news/2","expireTime":1618991112111,
           "createTime":1555919112111,"visitCount":1,"isDeleted":false,"hashGeneratedMethod":"custom","shortenObjectKind":"file","tags":"tag1,tag2"},
          {"urlOrContent":"http://www.salavizadeh.com","hash":"sadegh","hashURL":" http://example.com/news/2","expireTime":1618387401566,
           "createTime":1555315401566,"visitCount":3,"isDeleted":false,"hashGeneratedMethod":"custom","shortenObjectKind":"link","tags":"tag3"},
          {"urlOrContent":"متن تستی","hash":"تست","hashURL":" http://example.com/news/2","expireTime":1618300087215,
           "createTime":1555228087215,"visitCount":5,"isDeleted":false,"hashGeneratedMethod":"custom","shortenObjectKind":"content","tags":"text,sample"}]}
        """;

    [Fact]
    public async Task GetPageReadsTheDocumentedListExample()
    {
        var handler = ShortLinkTestClient.Answering(DocumentedList);

        var page = await ShortLinkTestClient.Create(handler).GetPageAsync(null, 0, 3);

        Assert.Equal(245, page.TotalCount);
        Assert.Equal(3, page.Items.Count);
        Assert.Equal(
            new ShortLink
            {
                UrlOrContent = "this is sample content",
                Hash = "sample20",
                HashUrl = new Uri("http://example.com/news/2"),
                ExpireTime = DateTimeOffset.FromUnixTimeMilliseconds(1618991112111),
                CreateTime = DateTimeOffset.FromUnixTimeMilliseconds(1555919112111),
                VisitCount = 1,
                IsDeleted = false,
                HashGeneratedMethod = HashGeneratedMethod.Custom,
                Kind = ShortLinkKind.File,
                Tags = ["tag1", "tag2"],
            },
            page.Items[0]);
        Assert.Equal(new Uri("http://example.com/news/2"), page.Items[1].HashUrl);
        Assert.Equal(ShortLinkKind.Link, page.Items[1].Kind);
        Assert.Equal(("تست", "متن تستی", ShortLinkKind.Content), (page.Items[2].Hash, page.Items[2].UrlOrContent, page.Items[2].Kind));
        Assert.Equal(["text", "sample"], page.Items[2].Tags);
    }

    [Fact]
    public async Task AResultAlreadyParsedIntoAnObjectIsReadLikeAString()
    {
        var handler = new StubHttpHandler((_, _) => Task.FromResult(StubHttpHandler.Envelope("""
            {"hasError":false,"messageId":0,"referenceNumber":"","errorCode":0,"message":"","count":0,"ott":"",
             "result":{"result":{"error":false,"code":200,"message":"","result":{"urlOrContent":"https://example.com/","hash":"abc",
                       "visitCount":4,"shortenObjectKind":"link"}},"header":{},"statusCode":200}}
            """)));

        var link = await ShortLinkTestClient.Create(handler).VisitAsync("abc");

        Assert.Equal(("abc", 4L, ShortLinkKind.Link), (link.Hash, link.VisitCount, link.Kind));
    }

    [Fact]
    public async Task NumbersAndBooleansGivenAsStringsAreRead()
    {
        const string inner = """
            {"error":"false","code":"200","message":"","result":{"totalCount":"1","linkVos":[
              {"urlOrContent":"https://example.com/","hash":"abc","hashURL":"http://tilin.ir/abc ","expireTime":"1618991112111",
               "createTime":"1555919112111","visitCount":"12","isDeleted":"true","hashGeneratedMethod":"AUTO","shortenObjectKind":"Link",
               "tags":""}]}}
            """;
        var handler = new StubHttpHandler((_, _) => Task.FromResult(StubHttpHandler.Envelope($$$"""
            {"hasError":"false","messageId":"0","referenceNumber":"r","errorCode":"0","message":"","count":"0","ott":"",
             "result":{"result":{{{JsonSerializer.Serialize(inner)}}},"header":{},"statusCode":"200"}}
            """)));

        var page = await ShortLinkTestClient.Create(handler).GetPageAsync(null, 0, 10);

        Assert.Equal(1, page.TotalCount);
        var link = Assert.Single(page.Items);
        Assert.Equal(12, link.VisitCount);
        Assert.True(link.IsDeleted);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1555919112111), link.CreateTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1618991112111), link.ExpireTime);
        Assert.Equal(HashGeneratedMethod.Auto, link.HashGeneratedMethod);
        Assert.Equal(ShortLinkKind.Link, link.Kind);
        Assert.Equal(new Uri("http://tilin.ir/abc"), link.HashUrl);
        Assert.Empty(link.Tags);
    }

    [Fact]
    public async Task AddReadsTheOriginalsShortAnswerLeavingTheRestUnset()
    {
        var handler = ShortLinkTestClient.Answering(
            """{"urlOrContent":"this is sample content","hash":"sample20","visitCount":0,"shortenObjectKind":"content"}""");

        var link = await ShortLinkTestClient.Create(handler)
            .AddAsync(new AddShortLinkRequest { UrlOrContent = "this is sample content", Kind = ShortLinkKind.Content, Hash = "sample20" });

        Assert.Equal(
            new ShortLink { UrlOrContent = "this is sample content", Hash = "sample20", Kind = ShortLinkKind.Content },
            link);
        Assert.Null(link.HashUrl);
        Assert.Null(link.CreateTime);
        Assert.Null(link.HashGeneratedMethod);
    }

    [Theory]
    [InlineData("\"tag1,tag2\"", new[] { "tag1", "tag2" })]
    [InlineData("\"خبر، ورزش ,, news \"", new[] { "خبر", "ورزش", "news" })]
    [InlineData("[\"a\",\"b\"]", new[] { "a", "b" })]
    [InlineData("\"\"", new string[0])]
    [InlineData("null", new string[0])]
    public async Task TagsAreSplitOnLatinAndPersianCommasAndTrimmed(string wireTags, string[] expected)
    {
        var handler = ShortLinkTestClient.Answering($$"""{"hash":"h","shortenObjectKind":"link","tags":{{wireTags}}}""");

        var link = await ShortLinkTestClient.Create(handler).VisitAsync("h");

        Assert.Equal(expected, link.Tags);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("\"tilin.ir/h\"")]
    [InlineData("\"/h\"")]
    public async Task AMissingOrUnusableHashUrlReadsAsNull(string wireUrl)
    {
        var handler = ShortLinkTestClient.Answering($$"""{"hash":"h","shortenObjectKind":"link","hashURL":{{wireUrl}}}""");

        var link = await ShortLinkTestClient.Create(handler).VisitAsync("h");

        Assert.Null(link.HashUrl);
    }

    [Fact]
    public async Task GetStatisticsReadsTheDocumentedExample()
    {
        var handler = ShortLinkTestClient.Answering("""
            {"totalCount":7,"createTime":1552911699532,"urlOrContent":"https://g.varzesh3.ir/","isURL":true,
             "countries":[{"name":"Unknown","count":7,"cities":[{"name":"Unknown","count":7}]}],
             "referers":[{"name":"Unknown","count":6},{"name":"192.168.6.2","count":1}],
             "browsers":[{"name":"Unknown","count":3},{"name":"Chrome","count":4}],
             "clickIntervals":{"intervals":[1551398400000,1554076800000],"clicksCount":[1,6]},
             "hashURL":"http://172.16.110.235:8003/srv/tinylink/playpod2",
             "oses":[{"name":"Unknown","count":3},{"name":"Windows 10","count":4}]}
            """);

        var statistics = await ShortLinkTestClient.Create(handler).GetStatisticsAsync("playpod2");

        Assert.Equal(7, statistics.TotalCount);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1552911699532), statistics.CreateTime);
        Assert.Equal("https://g.varzesh3.ir/", statistics.UrlOrContent);
        Assert.True(statistics.IsUrl);
        Assert.Equal(new Uri("http://172.16.110.235:8003/srv/tinylink/playpod2"), statistics.HashUrl);
        var country = Assert.Single(statistics.Countries);
        Assert.Equal(("Unknown", 7L), (country.Name, country.Count));
        Assert.Equal([new NamedClickCount { Name = "Unknown", Count = 7 }], country.Cities);
        Assert.Equal(
            [new NamedClickCount { Name = "Unknown", Count = 6 }, new NamedClickCount { Name = "192.168.6.2", Count = 1 }],
            statistics.Referers);
        Assert.Equal(["Unknown", "Chrome"], statistics.Browsers.Select(b => b.Name));
        Assert.Equal([("Unknown", 3L), ("Windows 10", 4L)], statistics.Oses.Select(o => (o.Name, o.Count)));
        Assert.Equal(
            [
                new ClickInterval(new DateTimeOffset(2019, 3, 1, 0, 0, 0, TimeSpan.Zero), 1),
                new ClickInterval(new DateTimeOffset(2019, 4, 1, 0, 0, 0, TimeSpan.Zero), 6),
            ],
            statistics.ClickIntervals);
    }

    [Fact]
    public async Task StatisticsWithoutClicksHaveEmptyLists()
    {
        var handler = ShortLinkTestClient.Answering(
            """{"totalCount":0,"urlOrContent":"x","isURL":false,"clickIntervals":{"intervals":[],"clicksCount":[]}}""");

        var statistics = await ShortLinkTestClient.Create(handler).GetStatisticsAsync("h");

        Assert.Equal(0, statistics.TotalCount);
        Assert.False(statistics.IsUrl);
        Assert.Empty(statistics.Countries);
        Assert.Empty(statistics.Referers);
        Assert.Empty(statistics.ClickIntervals);
    }

    [Fact]
    public async Task AbsentOrNullTextsAndListsReadAsEmpty()
    {
        var handler = ShortLinkTestClient.Answering("""
            {"totalCount":1,"urlOrContent":null,"countries":[{"name":"Iran","count":1}],"referers":null,"clickIntervals":null}
            """);

        var statistics = await ShortLinkTestClient.Create(handler).GetStatisticsAsync("h");

        Assert.Equal("", statistics.UrlOrContent);
        Assert.Empty(Assert.Single(statistics.Countries).Cities);
        Assert.Empty(statistics.Referers);
        Assert.Empty(statistics.Browsers);
        Assert.Empty(statistics.ClickIntervals);
        Assert.Null(statistics.HashUrl);
        Assert.Null(statistics.CreateTime);
    }

    [Fact]
    public async Task SetStatusAcceptsTrueAndRefusesFalse()
    {
        await ShortLinkTestClient.Create(ShortLinkTestClient.Answering("true")).SetStatusAsync("h", true);
        await ShortLinkTestClient.Create(ShortLinkTestClient.Answering("\"true\"")).SetStatusAsync("h", true);

        var error = await Assert.ThrowsAsync<ShortLinkException>(
            () => ShortLinkTestClient.Create(ShortLinkTestClient.Answering("false")).SetStatusAsync("h", false));

        Assert.Contains("'setStatus' (46413)", error.Message);
    }

    [Fact]
    public void LinksWithEqualFieldsAndTagsAreEqual()
    {
        var link = new ShortLink { Hash = "h", Tags = ["a", "b"] };

        Assert.Equal(link, link with { Tags = ["a", "b"] });
        Assert.Equal(link.GetHashCode(), (link with { Tags = ["a", "b"] }).GetHashCode());
        Assert.NotEqual(link, link with { Tags = ["a"] });
        Assert.NotEqual(link, link with { VisitCount = 1 });
    }
}
