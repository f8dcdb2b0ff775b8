using System.Text.Json.Nodes;
using Kelas.Client.ShortLinks;
using Kelas.Client.Tests.Support;

namespace Kelas.Client.Tests.ShortLinks;

public class ShortLinkClientRequestTests
{
    private const string Link = """{"urlOrContent":"https://example.com/","hash":"abc","shortenObjectKind":"link"}""";

    public static TheoryData<int, Func<ShortLinkClient, Task>, string, string> Calls => new()
    {
        {
            46410,
            c => c.AddAsync(new AddShortLinkRequest { UrlOrContent = "this is sample content", Kind = ShortLinkKind.Content }),
            Link,
            """{"urlOrContent":"this is sample content","shortenObjectKind":"content"}"""
        },
        {
            46410,
            c => c.AddAsync(new AddShortLinkRequest
            {
                UrlOrContent = "https://example.com/report.pdf", Kind = ShortLinkKind.File, Hash = "گزارش", Tags = ["report", "۱۴۰۵"],
            }),
            Link,
            """{"urlOrContent":"https://example.com/report.pdf","shortenObjectKind":"file","hash":"گزارش","tags":"report,۱۴۰۵"}"""
        },
        {
            46410,
            c => c.ShortenUrlAsync(new Uri("https://www.example.com/news/2"), "news-2"),
            Link,
            """{"urlOrContent":"https://www.example.com/news/2","shortenObjectKind":"link","hash":"news-2"}"""
        },
        { 46411, c => c.VisitAsync("sample20"), Link, """{"hash":"sample20"}""" },
        { 46412, c => c.GetPageAsync(null, 0, 10), """{"totalCount":0,"linkVos":[]}""", """{"offset":0,"count":10}""" },
        { 46413, c => c.SetStatusAsync("sample20", active: false), "true", """{"hash":"sample20","setStatus":"deactive"}""" },
        { 46413, c => c.SetStatusAsync("sample20", active: true), "true", """{"hash":"sample20","setStatus":"active"}""" },
        { 46414, c => c.GetStatisticsAsync("sample20"), "{}", """{"hash":"sample20","kind":"month"}""" },
        {
            46414,
            c => c.GetStatisticsAsync(
                "sample20", StatisticsKind.Hour, DateTimeOffset.FromUnixTimeMilliseconds(1_552_911_699_532), DateTimeOffset.FromUnixTimeMilliseconds(1_553_000_000_000)),
            "{}",
            """{"hash":"sample20","kind":"hour","fromTimestamp":1552911699532,"toTimestamp":1553000000000}"""
        },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task EveryCallPostsAFormWithTheTokenHeadersProductKeyAndJsonBody(
        int productId, Func<ShortLinkClient, Task> call, string result, string expectedBody)
    {
        var handler = ShortLinkTestClient.Answering(result);
        var options = ShortLinkTestClient.Options();

        await call(ShortLinkTestClient.Create(handler, options));

        var request = handler.Single();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(ShortLinkTestClient.ServiceUrl, request.Uri.AbsoluteUri);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal(options.Token, request.Headers["_token_"]);
        Assert.Equal("1", request.Headers["_token_issuer_"]);
        var form = request.Form();
        Assert.Equal(new[] { "scProductId", "scApiKey", "body" }, form.AllKeys.Select(k => k!));
        Assert.Equal(productId.ToString(), form["scProductId"]);
        Assert.Equal(options.ApiKey, form["scApiKey"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedBody), request.BodyJson()), request.BodyJson().ToJsonString());
    }

    [Fact]
    public async Task GetPageSendsEveryFilterWithItsWireName()
    {
        var handler = ShortLinkTestClient.Answering("""{"totalCount":0,"linkVos":[]}""");

        await ShortLinkTestClient.Create(handler).GetPageAsync(
            new ShortLinkQuery
            {
                OrderBy = ShortLinkOrder.VisitCount,
                Ascending = true,
                SearchSubstring = "news",
                CreatedFrom = DateTimeOffset.FromUnixTimeMilliseconds(1_555_000_000_000),
                CreatedTo = DateTimeOffset.FromUnixTimeMilliseconds(1_556_000_000_000),
                HashGeneratedMethod = HashGeneratedMethod.Custom,
                Kind = ShortLinkKind.File,
                FilterTags = ["tag1", "tag2"],
                SearchTags = ["tex"],
            },
            offset: 20,
            count: 5);

        var expected = JsonNode.Parse("""
            {"offset":20,"count":5,"order_by":"visitCount","order_asc":true,"search_sub_string":"news",
             "date_from":1555000000000,"date_to":1556000000000,"hashGeneratedMethod":"custom","shortenObjectKind":"file",
             "filter_tags":"tag1,tag2","search_tags":"tex"}
            """);
        Assert.True(JsonNode.DeepEquals(expected, handler.Single().BodyJson()), handler.Single().BodyJson().ToJsonString());
    }

    [Theory]
    [InlineData(ShortLinkOrder.Hash, "hash")]
    [InlineData(ShortLinkOrder.CreateTime, "createTime")]
    [InlineData(ShortLinkOrder.ExpireTime, "expireTime")]
    [InlineData(ShortLinkOrder.VisitCount, "visitCount")]
    public async Task OrderValuesHaveTheirWireNames(ShortLinkOrder order, string wireName)
    {
        var handler = ShortLinkTestClient.Answering("""{"totalCount":0,"linkVos":[]}""");

        await ShortLinkTestClient.Create(handler).GetPageAsync(new ShortLinkQuery { OrderBy = order }, 0, 10);

        Assert.Equal(wireName, handler.Single().BodyJson()["order_by"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(StatisticsKind.Minute, "minute")]
    [InlineData(StatisticsKind.Hour, "hour")]
    [InlineData(StatisticsKind.Day, "day")]
    [InlineData(StatisticsKind.Month, "month")]
    public async Task StatisticsKindsHaveTheirWireNames(StatisticsKind kind, string wireName)
    {
        var handler = ShortLinkTestClient.Answering("{}");

        await ShortLinkTestClient.Create(handler).GetStatisticsAsync("h", kind);

        Assert.Equal(wireName, handler.Single().BodyJson()["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task PersianTextAndReservedCharactersSurviveTheFormEncoding()
    {
        var handler = ShortLinkTestClient.Answering(Link);
        const string content = "متن تستی & a+b=c; 100% «ok»\nline two";

        await ShortLinkTestClient.Create(handler).AddAsync(new AddShortLinkRequest { UrlOrContent = content, Kind = ShortLinkKind.Content });

        Assert.DoesNotContain(' ', handler.Single().Body);
        Assert.Equal(content, handler.Single().BodyJson()["urlOrContent"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("http://kelas.test", "http://kelas.test/srv/sc/nzh/doServiceCall")]
    [InlineData("http://kelas.test/", "http://kelas.test/srv/sc/nzh/doServiceCall")]
    [InlineData("https://api.pod.ir/", "https://api.pod.ir/srv/sc/nzh/doServiceCall")]
    [InlineData("https://kelas.test/pod", "https://kelas.test/pod/srv/sc/nzh/doServiceCall")]
    public async Task TheEndpointIsABaseUrlWithOrWithoutTrailingSlash(string endpoint, string expected)
    {
        var handler = ShortLinkTestClient.Answering(Link);
        var options = ShortLinkTestClient.Options();
        options.Endpoint = new Uri(endpoint);

        await ShortLinkTestClient.Create(handler, options).VisitAsync("abc");

        Assert.Equal(expected, handler.Single().Uri.AbsoluteUri);
    }

    public static TheoryData<Func<ShortLinkClient, Task>> InvalidCalls => new()
    {
        c => c.AddAsync(new AddShortLinkRequest { UrlOrContent = " ", Kind = ShortLinkKind.Content }),
        c => c.AddAsync(new AddShortLinkRequest { UrlOrContent = "x", Kind = ShortLinkKind.Content, Tags = ["a,b"] }),
        c => c.AddAsync(new AddShortLinkRequest { UrlOrContent = "x", Kind = ShortLinkKind.Content, Tags = ["الف،ب"] }),
        c => c.AddAsync(new AddShortLinkRequest { UrlOrContent = "x", Kind = ShortLinkKind.Content, Tags = [""] }),
        c => c.ShortenUrlAsync(new Uri("/relative", UriKind.Relative)),
        c => c.ShortenUrlAsync(new Uri("ftp://example.com/file")),
        c => c.VisitAsync(""),
        c => c.SetStatusAsync(" ", true),
        c => c.GetStatisticsAsync("h", from: DateTimeOffset.UnixEpoch.AddDays(2), to: DateTimeOffset.UnixEpoch.AddDays(1)),
        c => c.GetPageAsync(null, -1, 10),
        c => c.GetPageAsync(null, 0, 0),
        c => c.GetPageAsync(new ShortLinkQuery { FilterTags = ["a,b"] }, 0, 10),
    };

    [Theory]
    [MemberData(nameof(InvalidCalls))]
    public async Task InvalidArgumentsAreRejectedBeforeSending(Func<ShortLinkClient, Task> call)
    {
        var handler = ShortLinkTestClient.Answering(Link);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => call(ShortLinkTestClient.Create(handler)));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void AClientNeedsAnAbsoluteHttpEndpointATokenAndAnApiKey()
    {
        var endpoint = ShortLinkTestClient.Endpoint;
        Assert.Throws<ArgumentException>(() => new ShortLinkClient(new Uri("/pod", UriKind.Relative), "t", "k"));
        Assert.Throws<ArgumentException>(() => new ShortLinkClient(new Uri("ftp://kelas.test/"), "t", "k"));
        Assert.ThrowsAny<ArgumentException>(() => new ShortLinkClient(endpoint, "", "k"));
        Assert.ThrowsAny<ArgumentException>(() => new ShortLinkClient(endpoint, "t", " "));
        Assert.Throws<ArgumentException>(() => new ShortLinkClient(new HttpClient(), new ShortLinkClientOptions { Endpoint = endpoint, ApiKey = "k" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShortLinkClient(endpoint, "t", "k", new ShortLinkClientOptions { MaxRetries = -1 }));
    }
}
