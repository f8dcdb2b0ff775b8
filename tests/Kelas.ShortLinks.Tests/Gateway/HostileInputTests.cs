using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kelas.ShortLinks.Tests.Gateway;

/// <summary>Bad input of every kind answers the POD envelope with HTTP 200, and a refused request stores nothing.</summary>
public sealed class HostileInputTests(ShortLinkApiFixture fixture) : IClassFixture<ShortLinkApiFixture>
{
    private ShortLinkWire Api => fixture.Api;

    /// <summary>A business of its own, so a test can count every link it has.</summary>
    private async Task<ShortLinkWire> FreshBusinessAsync() =>
        new(fixture.Factory.CreateClient(ShortLinkApiFixture.NoRedirects), await fixture.Factory.CreateShortLinkBusinessAsync());

    private static async Task<int> LinkCountAsync(ShortLinkWire api) =>
        (await api.OkAsync(46412, new Dictionary<string, object?> { ["count"] = 100 })).GetProperty("totalCount").GetInt32();

    private static HttpRequestMessage JsonRequest(ShortLinkWire api, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, ShortLinkWire.Path) { Content = content };
        request.Headers.Add("_token_", api.Business.Token);
        return request;
    }

    private string Credentials(ShortLinkWire api) => $"\"scProductId\":46410,\"scApiKey\":\"{api.Business.ApiKey}\"";

    /// <summary>Service 46410 with the parameters as the <c>body</c> field, sent as the text given.</summary>
    private static Task<PodAnswer> AddWithBodyAsync(ShortLinkWire api, string body) =>
        api.SendAsync(api.Form(HttpMethod.Post, [new("scProductId", "46410"), new("scApiKey", api.Business.ApiKey), new("body", body)], headerToken: true));

    private static void AssertGatewayError(PodAnswer answer, int code)
    {
        Assert.True(answer.HasError, answer.Raw);
        Assert.Equal(code, answer.ErrorCode);
        Assert.False(string.IsNullOrEmpty(answer.Envelope.GetProperty("message").GetString()));
    }

    private static void AssertInvalid(PodAnswer answer, string parameter)
    {
        Assert.False(answer.HasError, answer.Raw);
        Assert.Equal(116, answer.InnerCode);
        Assert.EndsWith(parameter, answer.Inner.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"scProductId\"")]
    [InlineData("[{\"scProductId\":46412}]")]
    [InlineData("{\"scProductId\":46412")]
    [InlineData("{\"scProductId\":46412,}")]
    public async Task JsonRequestBodyThatIsNotOneObjectAnswersGatewayError24(string body)
    {
        using var request = JsonRequest(Api, Encoding.UTF8.GetBytes(body));

        AssertGatewayError(await Api.SendAsync(request), 24);
    }

    [Fact]
    public async Task DeeplyNestedJsonRequestBodyAnswersGatewayError24()
    {
        using var request = JsonRequest(Api, Encoding.UTF8.GetBytes("{\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}"));

        AssertGatewayError(await Api.SendAsync(request), 24);
    }

    [Fact]
    public async Task LoneSurrogateInAJsonRequestBodyAnswersGatewayError24AndStoresNothing()
    {
        var api = await FreshBusinessAsync();
        using var request = JsonRequest(api, Encoding.UTF8.GetBytes(
            "{" + Credentials(api) + ",\"urlOrContent\":\"\\ud800 text\",\"shortenObjectKind\":\"content\"}"));

        AssertGatewayError(await api.SendAsync(request), 24);
        Assert.Equal(0, await LinkCountAsync(api));
    }

    [Fact]
    public async Task InvalidUtf8InAJsonRequestBodyAnswersGatewayError24AndStoresNothing()
    {
        var api = await FreshBusinessAsync();
        byte[] body = [.. Encoding.UTF8.GetBytes("{" + Credentials(api) + ",\"urlOrContent\":\"text"), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\",\"shortenObjectKind\":\"content\"}")];
        using var request = JsonRequest(api, body);

        AssertGatewayError(await api.SendAsync(request), 24);
        Assert.Equal(0, await LinkCountAsync(api));
    }

    [Fact]
    public async Task TenMegabyteChunkedJsonRequestBodyAnswersGatewayError24()
    {
        var body = "{" + Credentials(Api) + ",\"shortenObjectKind\":\"content\",\"urlOrContent\":\"" + new string('x', 10 * 1024 * 1024) + "\"}";
        var content = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, ShortLinkWire.Path) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("_token_", fixture.Business.Token);

        AssertGatewayError(await Api.SendAsync(request), 24);
    }

    [Theory]
    [InlineData("{\"urlOrContent\":\"\\udfff\",\"shortenObjectKind\":\"content\"}")]
    [InlineData("{\"urlOrContent\":\"text\",\"shortenObjectKind\":\"content\",\"tags\":[\"\\ud800\"]}")]
    [InlineData("{\"urlOrContent\":\"text\",\"shortenObjectKind\":\"content\",\"tags\":\"a\\ud800\"}")]
    public async Task LoneSurrogateInTheBodyFieldAnswers116AndStoresNothing(string body)
    {
        var api = await FreshBusinessAsync();

        AssertInvalid(await AddWithBodyAsync(api, body), "body");
        Assert.Equal(0, await LinkCountAsync(api));
    }

    [Fact]
    public async Task DeeplyNestedBodyFieldAnswers116()
    {
        AssertInvalid(await AddWithBodyAsync(Api, new string('[', 10_000) + new string(']', 10_000)), "body");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("12")]
    public async Task BodyFieldThatIsAScalarAnswers116(string body)
    {
        AssertInvalid(await AddWithBodyAsync(Api, body), "body");
    }

    [Fact]
    public async Task NulInATagAnswers116AndStoresNothing()
    {
        var api = await FreshBusinessAsync();

        var answer = await AddWithBodyAsync(api, "{\"urlOrContent\":\"text\",\"shortenObjectKind\":\"content\",\"tags\":\"a\\u0000b\"}");

        Assert.Equal(116, answer.InnerCode);
        Assert.Equal(0, await LinkCountAsync(api));
    }

    [Theory]
    [InlineData("urlOrContent", "[\"https://example.com/a\"]")]
    [InlineData("urlOrContent", "{\"u\":1}")]
    [InlineData("shortenObjectKind", "[\"link\"]")]
    [InlineData("shortenObjectKind", "true")]
    [InlineData("hash", "{}")]
    [InlineData("hash", "[\"abc\"]")]
    [InlineData("tags", "{\"a\":1}")]
    [InlineData("tags", "[1,2]")]
    public async Task AddFieldOfTheWrongJsonTypeAnswers116AndStoresNothing(string field, string json)
    {
        var api = await FreshBusinessAsync();
        var fields = new Dictionary<string, string>
        {
            ["urlOrContent"] = "\"https://example.com/" + ShortLinkApiFixture.Unique() + "\"",
            ["shortenObjectKind"] = "\"link\"",
            [field] = json,
        };

        var answer = await AddWithBodyAsync(api, "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Value}")) + "}");

        Assert.Equal(116, answer.InnerCode);
        Assert.Equal(0, await LinkCountAsync(api));
    }

    [Theory]
    [InlineData("offset", "1e400")]
    [InlineData("offset", "99999999999999999999")]
    [InlineData("offset", "{}")]
    [InlineData("offset", "[0]")]
    [InlineData("offset", "true")]
    [InlineData("count", "-1e400")]
    [InlineData("count", "\"99999999999999999999\"")]
    [InlineData("count", "[10]")]
    [InlineData("date_from", "1e400")]
    [InlineData("date_to", "{}")]
    [InlineData("order_asc", "{}")]
    [InlineData("order_asc", "2")]
    public async Task ListParameterOfTheWrongTypeOrOutOfRangeAnswers116NamingIt(string name, string json)
    {
        var request = Api.Form(HttpMethod.Post, [new("scProductId", "46412"), new("scApiKey", fixture.Business.ApiKey), new("body", $"{{\"{name}\":{json}}}")], headerToken: true);

        AssertInvalid(await Api.SendAsync(request), name);
    }

    [Theory]
    [InlineData("fromTimestamp", "1e400")]
    [InlineData("toTimestamp", "99999999999999999999")]
    [InlineData("toTimestamp", "[1]")]
    [InlineData("kind", "{}")]
    public async Task StatisticsParameterOfTheWrongTypeOrOutOfRangeAnswers116(string name, string json)
    {
        var hash = await fixture.AddLinkAsync();
        var request = Api.Form(HttpMethod.Post, [new("scProductId", "46414"), new("scApiKey", fixture.Business.ApiKey), new("body", $"{{\"hash\":\"{hash}\",\"{name}\":{json}}}")], headerToken: true);

        Assert.Equal(116, (await Api.SendAsync(request)).InnerCode);
    }

    [Theory]
    [InlineData(46411L)]
    [InlineData(46413L)]
    [InlineData(46414L)]
    public async Task HashOfTheWrongJsonTypeAnswersAServiceErrorNotAFailure(long product)
    {
        var hash = await fixture.AddLinkAsync();
        var request = Api.Form(HttpMethod.Post, [new("scProductId", product.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("scApiKey", fixture.Business.ApiKey), new("body", $"{{\"hash\":[\"{hash}\"],\"setStatus\":\"deactive\"}}")], headerToken: true);

        var answer = await Api.SendAsync(request);

        Assert.False(answer.HasError, answer.Raw);
        Assert.Equal(116, answer.InnerCode);
        using var visit = await Api.Http.GetAsync("/l/" + hash);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, visit.StatusCode);
    }

    [Theory]
    [InlineData(46411L)]
    [InlineData(46413L)]
    [InlineData(46414L)]
    public async Task HundredKilobyteHashIsNotFound(long product)
    {
        var parameters = new Dictionary<string, object?> { ["hash"] = new string('h', 100_000), ["setStatus"] = "active" };

        var answer = await Api.CallAsync(product, parameters);

        Assert.False(answer.HasError, answer.Raw);
        Assert.Equal(404, answer.InnerCode);
    }

    [Fact]
    public async Task HundredKilobyteSearchStringIsAnEmptyListNotAFailure()
    {
        var answer = await Api.OkAsync(46412, new Dictionary<string, object?> { ["search_sub_string"] = new string('s', 100_000), ["search_tags"] = new string('t', 100_000) });

        Assert.Equal(0, answer.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task OneMegabyteSearchInAQueryStringFindsNothing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"{ShortLinkWire.Path}?scProductId=46412&scApiKey={fixture.Business.ApiKey}&_token_={fixture.Business.Token}&search_sub_string={new string('q', 1_000_000)}");

        var answer = await Api.SendAsync(request);

        Assert.False(answer.HasError);
        Assert.Equal(0, answer.Result.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task DuplicateKeysInTheBodyFieldAreReadLastOneWins()
    {
        var api = await FreshBusinessAsync();
        var first = "https://example.com/" + ShortLinkApiFixture.Unique();
        var last = "https://example.com/" + ShortLinkApiFixture.Unique();

        var answer = await AddWithBodyAsync(api, $"{{\"urlOrContent\":\"{first}\",\"shortenObjectKind\":\"link\",\"urlOrContent\":\"{last}\"}}");

        Assert.Equal(last, answer.Result.GetProperty("urlOrContent").GetString());
        Assert.Equal(1, await LinkCountAsync(api));
    }

    [Fact]
    public async Task AnotherBusinesssHashCannotBeReactivatedAndStaysDeactivated()
    {
        var hash = await fixture.AddLinkAsync(api: fixture.OtherApi);
        await fixture.OtherApi.OkAsync(46413, new Dictionary<string, object?> { ["hash"] = hash, ["setStatus"] = "deactive" });

        var (code, _) = await Api.ErrorAsync(46413, new Dictionary<string, object?> { ["hash"] = hash, ["setStatus"] = "active" });

        Assert.Equal(401, code);
        using var visit = await Api.Http.GetAsync("/l/" + hash);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, visit.StatusCode);
    }

    [Fact]
    public async Task ParallelAddsOfOneCustomHashByTwoBusinessesStoreExactlyOneLink()
    {
        var hash = ShortLinkApiFixture.Unique("race");
        var adds = Enumerable.Range(0, 8).Select(i =>
        {
            var api = i % 2 == 0 ? fixture.Api : fixture.OtherApi;
            return api.CallAsync(46410, new Dictionary<string, object?>
            {
                ["urlOrContent"] = $"https://example.com/{ShortLinkApiFixture.Unique()}", ["shortenObjectKind"] = "link", ["hash"] = hash,
            });
        });

        var answers = await Task.WhenAll(adds);

        Assert.Single(answers, a => a.InnerCode == 200);
        Assert.All(answers.Where(a => a.InnerCode != 200), a => Assert.Equal(119, a.InnerCode));
        var owners = 0;
        foreach (var api in new[] { fixture.Api, fixture.OtherApi })
        {
            var list = await api.OkAsync(46412, new Dictionary<string, object?> { ["search_sub_string"] = hash });
            owners += list.GetProperty("totalCount").GetInt32();
        }

        Assert.Equal(1, owners);
    }
}
