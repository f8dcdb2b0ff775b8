using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kelas.ShortLinks.Tests.Gateway;

/// <summary>Credentials and transport: gateway errors carry <c>hasError: true</c> and no result; HTTP is always 200.</summary>
public sealed class GatewayTests(ShortLinkApiFixture fixture) : IClassFixture<ShortLinkApiFixture>
{
    private ShortLinkWire Api => fixture.Api;

    public static TheoryData<ShortLinkWire.Variant> Variants => new()
    {
        ShortLinkWire.Variant.HeaderTokenJsonBody,
        ShortLinkWire.Variant.FieldTokenPlainFields,
        ShortLinkWire.Variant.GetQuery,
        ShortLinkWire.Variant.Multipart,
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task EveryWireVariantReachesTheService(ShortLinkWire.Variant variant)
    {
        var url = $"https://example.com/{ShortLinkApiFixture.Unique()}";
        var added = await Api.OkAsync(46410, new Dictionary<string, object?> { ["urlOrContent"] = url, ["shortenObjectKind"] = "link" }, variant);

        Assert.Equal(url, added.GetProperty("urlOrContent").GetString());
        var listed = await Api.OkAsync(46412, new Dictionary<string, object?> { ["search_sub_string"] = url }, variant);
        Assert.Equal(1, listed.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task EveryServiceAnswersInEveryWireVariant(ShortLinkWire.Variant variant)
    {
        var hash = await fixture.AddLinkAsync();

        var visited = await Api.OkAsync(46411, new Dictionary<string, object?> { ["hash"] = hash }, variant);
        var deactivated = await Api.OkAsync(46413, new Dictionary<string, object?> { ["hash"] = hash, ["setStatus"] = "deactive" }, variant);
        var statistics = await Api.OkAsync(46414, new Dictionary<string, object?> { ["hash"] = hash, ["kind"] = "day" }, variant);
        var listed = await Api.OkAsync(46412, new Dictionary<string, object?> { ["search_sub_string"] = hash }, variant);

        Assert.Equal(1, visited.GetProperty("visitCount").GetInt64());
        Assert.True(deactivated.GetBoolean());
        Assert.Equal(hash, statistics.GetProperty("hashURL").GetString()!.Split('/')[^1]);
        Assert.True(listed.GetProperty("linkVos")[0].GetProperty("isDeleted").GetBoolean());
    }

    [Fact]
    public async Task SuccessEnvelopeCarriesTheInnerAnswerAsAJsonString()
    {
        var answer = await Api.CallAsync(46412);

        Assert.False(answer.HasError);
        Assert.Equal(0, answer.ErrorCode);
        Assert.Equal(0, answer.Envelope.GetProperty("messageId").GetInt32());
        Assert.Equal(32, answer.Envelope.GetProperty("referenceNumber").GetString()!.Length);
        Assert.Equal(200, answer.Envelope.GetProperty("result").GetProperty("statusCode").GetInt32());
        Assert.False(answer.Inner.GetProperty("error").GetBoolean());
        Assert.Equal(200, answer.InnerCode);
    }

    [Fact]
    public async Task ServiceErrorsSitInsideTheInnerAnswerWithStatusCodeMirroringThem()
    {
        var answer = await Api.CallAsync(46413, new Dictionary<string, object?> { ["hash"] = "no-such-hash-" + Guid.NewGuid().ToString("N")[..8], ["setStatus"] = "active" });

        Assert.False(answer.HasError);
        Assert.True(answer.Inner.GetProperty("error").GetBoolean());
        Assert.Equal(404, answer.InnerCode);
        Assert.Equal(404, answer.Envelope.GetProperty("result").GetProperty("statusCode").GetInt32());
        Assert.Equal(JsonValueKind.Null, answer.Result.ValueKind);
        Assert.StartsWith("NOT_FOUND", answer.Inner.GetProperty("message").GetString());
    }

    [Fact]
    public async Task MissingTokenAnswersGatewayError21()
    {
        var answer = await Api.SendAsync(new HttpRequestMessage(HttpMethod.Post, ShortLinkWire.Path)
        {
            Content = Fields(("scProductId", "46412"), ("scApiKey", fixture.Business.ApiKey)),
        });

        AssertGatewayError(answer, 21);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("")]
    public async Task UnknownOrMalformedTokenAnswersGatewayError21(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, ShortLinkWire.Path)
        {
            Content = Fields(("scProductId", "46412"), ("scApiKey", fixture.Business.ApiKey)),
        };
        request.Headers.TryAddWithoutValidation("_token_", token);

        AssertGatewayError(await Api.SendAsync(request), 21);
    }

    [Fact]
    public async Task TokenInUpperCaseHexIsAccepted()
    {
        var request = Api.Form(HttpMethod.Post, [new("scProductId", "46412"), new("scApiKey", fixture.Business.ApiKey.ToUpperInvariant()), new("_token_", fixture.Business.Token.ToUpperInvariant())], headerToken: false);

        Assert.Equal(200, (await Api.SendAsync(request)).InnerCode);
    }

    [Fact]
    public async Task DisabledBusinessAnswersGatewayError21AndEnablingRestoresIt()
    {
        var business = await fixture.Factory.CreateShortLinkBusinessAsync();
        var api = new ShortLinkWire(fixture.Factory.CreateClient(), business);
        await fixture.Factory.SetShortLinkBusinessEnabledAsync(business.Name, enabled: false);

        AssertGatewayError(await api.CallAsync(46412), 21);

        await fixture.Factory.SetShortLinkBusinessEnabledAsync(business.Name, enabled: true);
        Assert.Equal(200, (await api.CallAsync(46412)).InnerCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("46415")]
    [InlineData("abc")]
    [InlineData("-46410")]
    public async Task UnknownProductAnswersGatewayError22(string product)
    {
        var request = Api.Form(HttpMethod.Post, [new("scProductId", product), new("scApiKey", fixture.Business.ApiKey)], headerToken: true);

        AssertGatewayError(await Api.SendAsync(request), 22);
    }

    [Fact]
    public async Task MissingProductAnswersGatewayError22()
    {
        var request = Api.Form(HttpMethod.Post, [new("scApiKey", fixture.Business.ApiKey)], headerToken: true);

        AssertGatewayError(await Api.SendAsync(request), 22);
    }

    [Fact]
    public async Task ProductIdInPersianDigitsIsRead()
    {
        var request = Api.Form(HttpMethod.Post, [new("scProductId", "۴۶۴۱۲"), new("scApiKey", fixture.Business.ApiKey)], headerToken: true);

        Assert.Equal(200, (await Api.SendAsync(request)).InnerCode);
    }

    [Fact]
    public async Task CapitalisedCredentialFieldNamesAreAccepted()
    {
        var request = Api.Form(HttpMethod.Post, [new("ScProductId", "46412"), new("ScApiKey", fixture.Business.ApiKey)], headerToken: true);

        Assert.Equal(200, (await Api.SendAsync(request)).InnerCode);
    }

    [Fact]
    public async Task WrongApiKeyAnswersGatewayError23()
    {
        var request = Api.Form(HttpMethod.Post, [new("scProductId", "46412"), new("scApiKey", new string('0', 32))], headerToken: true);

        AssertGatewayError(await Api.SendAsync(request), 23);
    }

    [Fact]
    public async Task AnotherBusinesssApiKeyAnswersGatewayError23()
    {
        var request = Api.Form(HttpMethod.Post, [new("scProductId", "46412"), new("scApiKey", fixture.Other.ApiKey)], headerToken: true);

        AssertGatewayError(await Api.SendAsync(request), 23);
    }

    [Fact]
    public async Task MissingApiKeyAnswersGatewayError23()
    {
        var request = Api.Form(HttpMethod.Post, [new("scProductId", "46412")], headerToken: true);

        AssertGatewayError(await Api.SendAsync(request), 23);
    }

    [Fact]
    public async Task OversizedBodyAnswersGatewayError24()
    {
        var request = Api.Form(HttpMethod.Post, [new("scProductId", "46410"), new("scApiKey", fixture.Business.ApiKey), new("urlOrContent", new string('x', 1_100_000)), new("shortenObjectKind", "content")], headerToken: true);

        AssertGatewayError(await Api.SendAsync(request), 24);
    }

    [Fact]
    public async Task OversizedChunkedBodyAnswersGatewayError24()
    {
        var body = "scProductId=46410&scApiKey=" + fixture.Business.ApiKey + "&shortenObjectKind=content&urlOrContent=" + new string('x', 1_100_000);
        var content = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var request = new HttpRequestMessage(HttpMethod.Post, ShortLinkWire.Path) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("_token_", fixture.Business.Token);

        AssertGatewayError(await Api.SendAsync(request), 24);
    }

    [Fact]
    public async Task OtherVerbsAnswerGatewayError24()
    {
        var request = new HttpRequestMessage(HttpMethod.Put, ShortLinkWire.Path) { Content = Fields(("scProductId", "46412")) };
        request.Headers.Add("_token_", fixture.Business.Token);

        AssertGatewayError(await Api.SendAsync(request), 24);
    }

    [Fact]
    public async Task TrailingSlashIsTolerated()
    {
        var request = Api.Form(HttpMethod.Post, [new("scProductId", "46412"), new("scApiKey", fixture.Business.ApiKey)], headerToken: true);
        request.RequestUri = new Uri(ShortLinkWire.Path + "/", UriKind.Relative);

        Assert.Equal(200, (await Api.SendAsync(request)).InnerCode);
    }

    [Fact]
    public async Task IndentedJsonBodyIsRead()
    {
        var url = $"https://example.com/{ShortLinkApiFixture.Unique()}";
        var body = $$"""
            {
                "urlOrContent": "{{url}}",
                "shortenObjectKind": "link"
            }
            """;
        var request = Api.Form(HttpMethod.Post, [new("scProductId", "46410"), new("scApiKey", fixture.Business.ApiKey), new("body", body)], headerToken: true);

        var answer = await Api.SendAsync(request);

        Assert.Equal(url, answer.Result.GetProperty("urlOrContent").GetString());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    public async Task BodyThatIsNotAJsonObjectAnswers116(string body)
    {
        var request = Api.Form(HttpMethod.Post, [new("scProductId", "46412"), new("scApiKey", fixture.Business.ApiKey), new("body", body)], headerToken: true);

        var answer = await Api.SendAsync(request);

        Assert.Equal(116, answer.InnerCode);
        Assert.EndsWith("body", answer.Inner.GetProperty("message").GetString());
    }

    [Fact]
    public async Task BodyWinsOverAPlainFieldOfTheSameName()
    {
        var fromBody = $"https://example.com/{ShortLinkApiFixture.Unique()}";
        var request = Api.Form(HttpMethod.Post,
        [
            new("scProductId", "46410"), new("scApiKey", fixture.Business.ApiKey),
            new("urlOrContent", "https://example.com/from-field"), new("shortenObjectKind", "link"),
            new("body", JsonSerializer.Serialize(new { urlOrContent = fromBody })),
        ], headerToken: true);

        var answer = await Api.SendAsync(request);

        Assert.Equal(fromBody, answer.Result.GetProperty("urlOrContent").GetString());
        Assert.Equal("link", answer.Result.GetProperty("shortenObjectKind").GetString());
    }

    [Fact]
    public async Task JsonRequestBodyIsReadAsFields()
    {
        var url = $"https://example.com/{ShortLinkApiFixture.Unique()}";
        var request = new HttpRequestMessage(HttpMethod.Post, ShortLinkWire.Path)
        {
            Content = new StringContent(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["scProductId"] = 46410, ["scApiKey"] = fixture.Business.ApiKey, ["urlOrContent"] = url, ["shortenObjectKind"] = "link",
            }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("_token_", fixture.Business.Token);

        Assert.Equal(url, (await Api.SendAsync(request)).Result.GetProperty("urlOrContent").GetString());
    }

    [Fact]
    public async Task PersianTextIsSentReadably()
    {
        var request = Api.Form(HttpMethod.Post, [new("scProductId", "46413"), new("scApiKey", fixture.Business.ApiKey), new("hash", "")], headerToken: true);
        using var response = await Api.Http.SendAsync(request);
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Contains("عدم مقداردهی hash", raw);
        Assert.Contains("\\\"error\\\":true", raw);
    }

    private static FormUrlEncodedContent Fields(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static void AssertGatewayError(PodAnswer answer, int code)
    {
        Assert.True(answer.HasError, answer.Raw);
        Assert.Equal(code, answer.ErrorCode);
        Assert.False(string.IsNullOrEmpty(answer.Envelope.GetProperty("message").GetString()));
    }
}
