using System.Net;
using System.Text.Json;
using Kelas.Client.ShortLinks;
using Kelas.Client.Tests.Support;

namespace Kelas.Client.Tests.ShortLinks;

public class ShortLinkClientErrorTests
{
    [Theory]
    [InlineData(ShortLinkException.InvalidToken)]
    [InlineData(ShortLinkException.InvalidProduct)]
    [InlineData(ShortLinkException.InvalidApiKey)]
    [InlineData(ShortLinkException.UnreadableRequest)]
    public async Task AGatewayRefusalThrowsAGatewayErrorWithItsCodeMessageAndReference(int code)
    {
        const string message = "توکن نامعتبر است.";
        var handler = StubHttpHandler.Sequence(() => ShortLinkTestClient.GatewayError(code, message));

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => ShortLinkTestClient.Create(handler).VisitAsync("abc"));

        Assert.True(error.IsGatewayError);
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
        Assert.Equal("9b1e77aa", error.ReferenceNumber);
        Assert.Null(error.HttpStatusCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task AGatewayRefusalWithoutAMessageIsDescribed()
    {
        var handler = new StubHttpHandler((_, _) => Task.FromResult(StubHttpHandler.Envelope("""{"hasError":"true","errorCode":"23"}""")));

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => ShortLinkTestClient.Create(handler).GetStatisticsAsync("abc"));

        Assert.True(error.IsGatewayError);
        Assert.Equal(23, error.Code);
        Assert.Null(error.ReferenceNumber);
        Assert.Equal("The POD gateway refused POD short-link 'statistics' (46414) with error code 23.", error.Message);
    }

    [Fact]
    public async Task ServiceCode404ThrowsNotFoundException()
    {
        const string message = "NOT_FOUND: خطا در یافتن hash";
        var handler = StubHttpHandler.Sequence(() => ShortLinkTestClient.ServiceError(404, message));

        var error = await Assert.ThrowsAsync<ShortLinkNotFoundException>(() => ShortLinkTestClient.Create(handler).VisitAsync("missing"));

        Assert.Equal(ShortLinkException.NotFound, error.Code);
        Assert.Equal(message, error.Message);
        Assert.False(error.IsGatewayError);
        Assert.Equal("3f2a9c0d", error.ReferenceNumber);
    }

    [Theory]
    [InlineData(ShortLinkException.UrlOrContentMissing, "URL_OR_Content_IS_NULL_OR_EMPTY: عدم مقداردهی urlOrContent")]
    [InlineData(ShortLinkException.InvalidParameter, "INVALID_PARAMETER: مقدار غیرمجاز برای پارامتر shortenObjectKind")]
    [InlineData(ShortLinkException.HashTaken, "CUSTOM_HASH_REPETETIVE: هش تکراری")]
    [InlineData(ShortLinkException.HashTooLong, "HASH_IS_LONG: طول زیاد برای هش")]
    [InlineData(ShortLinkException.UrlOrContentRepeated, "URL_OR_CONTENT_REPETITIVE: لینک یا متن تکراری")]
    [InlineData(ShortLinkException.Unauthorized, "UNAUTHORIZED: عدم احراز هویت")]
    [InlineData(ShortLinkException.InternalError, "INTERNAL_SERVER_EXCEPTION: خطای داخلی سرور")]
    public async Task AServiceFailureThrowsShortLinkExceptionWithItsCodeAndMessage(int code, string message)
    {
        var handler = StubHttpHandler.Sequence(() => ShortLinkTestClient.ServiceError(code, message));

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => ShortLinkTestClient.Create(handler)
            .AddAsync(new AddShortLinkRequest { UrlOrContent = "https://example.com/", Kind = ShortLinkKind.Link, Hash = "taken" }));

        Assert.IsNotType<ShortLinkNotFoundException>(error);
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
        Assert.False(error.IsGatewayError);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task AServiceFailureWithStringFieldsAndNoMessageIsRead()
    {
        var handler = StubHttpHandler.Sequence(() => ShortLinkTestClient.Envelope("""{"error":"true","code":"119"}"""));

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => ShortLinkTestClient.Create(handler).SetStatusAsync("h", true));

        Assert.Equal(ShortLinkException.HashTaken, error.Code);
        Assert.Equal("POD short-link 'setStatus' (46413) failed with code 119.", error.Message);
    }

    [Fact]
    public async Task AnAnswerWithoutTheErrorFlagFailsOnANonSuccessCode()
    {
        var handler = StubHttpHandler.Sequence(() => ShortLinkTestClient.Envelope("""{"code":404,"message":"NOT_FOUND"}"""));

        await Assert.ThrowsAsync<ShortLinkNotFoundException>(() => ShortLinkTestClient.Create(handler).VisitAsync("h"));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task ANonSuccessStatusThrowsWithThatStatusAndIsNotRetried(HttpStatusCode status)
    {
        var handler = StubHttpHandler.Sequence(() => new HttpResponseMessage(status) { Content = new StringContent("<html>error</html>") });

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => ShortLinkTestClient.Create(handler).VisitAsync("h"));

        Assert.Equal(status, error.HttpStatusCode);
        Assert.Null(error.Code);
        Assert.False(error.IsGatewayError);
        Assert.Contains($"HTTP {(int)status}", error.Message);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("""{"result":1}""")]
    [InlineData("""{"hasError":false}""")]
    [InlineData("""{"hasError":false,"result":null}""")]
    [InlineData("""{"hasError":false,"result":{"result":"not json"}}""")]
    [InlineData("""{"hasError":false,"result":{"result":"[1,2]"}}""")]
    [InlineData("""{"hasError":false,"result":{"result":"{\"error\":false,\"code\":200}"}}""")]
    [InlineData("""{"hasError":false,"result":{"result":"{\"error\":false,\"code\":200,\"result\":{\"hash\":\"h\",\"shortenObjectKind\":\"qr\"}}"}}""")]
    [InlineData("""{"hasError":false,"result":{"result":"{\"error\":false,\"code\":200,\"result\":{\"hash\":\"h\",\"visitCount\":\"many\"}}"}}""")]
    public async Task AnUnreadableAnswerThrowsShortLinkExceptionWrappingTheJsonError(string body)
    {
        var handler = new StubHttpHandler((_, _) => Task.FromResult(StubHttpHandler.Envelope(body)));

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => ShortLinkTestClient.Create(handler).VisitAsync("h"));

        Assert.IsType<JsonException>(error.InnerException, exactMatch: false);
        Assert.StartsWith("POD short-link 'visit' (46411) answered something unreadable", error.Message);
        Assert.Null(error.Code);
    }

    [Fact]
    public async Task ClickIntervalsOfDifferentLengthsAreUnreadable()
    {
        var handler = ShortLinkTestClient.Answering("""{"totalCount":1,"clickIntervals":{"intervals":[1551398400000],"clicksCount":[1,6]}}""");

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => ShortLinkTestClient.Create(handler).GetStatisticsAsync("h"));

        Assert.Contains("1 intervals but 2 counts", error.Message);
    }

    [Fact]
    public async Task ASubclassCanReplaceCallsForMocking()
    {
        ShortLinkClient client = new FakeClient();

        Assert.Equal("fake", (await client.VisitAsync("fake")).Hash);
        Assert.Equal(["p0", "p1"], await client.ListAsync().Select(l => l.Hash).ToArrayAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SetStatusAsync("h", true));
    }

    private sealed class FakeClient : ShortLinkClient
    {
        public override Task<ShortLink> VisitAsync(string hash, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ShortLink { Hash = hash });

        // ListAsync pages through this override.
        public override Task<ShortLinkPage> GetPageAsync(ShortLinkQuery? query, int offset, int count, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ShortLinkPage { TotalCount = 2, Items = offset == 0 ? [new ShortLink { Hash = "p0" }, new ShortLink { Hash = "p1" }] : [] });
    }
}
