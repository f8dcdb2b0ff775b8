using System.Net;
using Kelas.Client.ShortLinks;
using Kelas.Client.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Kelas.Client.Tests.ShortLinks;

public class ShortLinkClientResilienceTests
{
    private const string Link = """{"hash":"abc","shortenObjectKind":"link","visitCount":1}""";

    [Fact]
    public async Task ServiceUnavailableWithRetryAfterIsRetriedAfterThatDelayThenSucceeds()
    {
        var time = new InstantTimeProvider();
        var handler = StubHttpHandler.Sequence(
            () => StubHttpHandler.ServiceUnavailable(r => r.Headers.Add("Retry-After", "3")),
            () => ShortLinkTestClient.Success(Link));

        var link = await ShortLinkTestClient.Create(handler, ShortLinkTestClient.Options(time)).VisitAsync("abc");

        Assert.Equal("abc", link.Hash);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(3)], time.Delays);
    }

    [Fact]
    public async Task EachRetrySendsTheWholeRequestAgain()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.ServiceUnavailable(), () => ShortLinkTestClient.Success(Link));

        await ShortLinkTestClient.Create(handler)
            .AddAsync(new AddShortLinkRequest { UrlOrContent = "https://example.com/", Kind = ShortLinkKind.Link });

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(handler.Requests[0].Body, handler.Requests[1].Body);
        Assert.Equal(handler.Requests[0].Headers["_token_"], handler.Requests[1].Headers["_token_"]);
    }

    [Fact]
    public async Task RetriesExhaustedOnServiceUnavailableThrowWithTheHttpStatus()
    {
        var logger = new ListLogger();
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.ServiceUnavailable());

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => ShortLinkTestClient.Create(handler, logger: logger).VisitAsync("abc"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.HttpStatusCode);
        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(LogLevel.Error, logger.Entries[^1].Level);
    }

    [Fact]
    public async Task ATransportFailureIsRetriedAndLoggedWithoutTheTokenOrTheApiKey()
    {
        var logger = new ListLogger();
        var options = ShortLinkTestClient.Options();
        var handler = StubHttpHandler.Sequence(
            () => throw new HttpRequestException(
                HttpRequestError.ConnectionError,
                $"Connection refused (kelas.test:80) sending _token_={options.Token}&scApiKey={options.ApiKey}"),
            () => ShortLinkTestClient.Success(Link));

        var link = await ShortLinkTestClient.Create(handler, options, logger).VisitAsync("abc");

        Assert.Equal("abc", link.Hash);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("POD short-link", entry.Message);
        Assert.Contains("ConnectionError", entry.Message);
        Assert.Contains("_token_=***&scApiKey=***", entry.Message);
        Assert.DoesNotContain(options.Token!, logger.AllText);
        Assert.DoesNotContain(options.ApiKey!, logger.AllText);
    }

    [Fact]
    public async Task TransportFailuresExhaustedThrowShortLinkExceptionWithoutTheSecrets()
    {
        var logger = new ListLogger();
        var options = ShortLinkTestClient.Options();
        options.MaxRetries = 2;
        var handler = StubHttpHandler.Sequence(
            () => throw new HttpRequestException(HttpRequestError.NameResolutionError, $"Name or service not known for key {options.ApiKey}"));

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => ShortLinkTestClient.Create(handler, options, logger).VisitAsync("abc"));

        var inner = Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(HttpRequestError.NameResolutionError, inner.HttpRequestError);
        Assert.Null(error.Code);
        Assert.Null(error.HttpStatusCode);
        Assert.Contains("got no answer", error.Message);
        Assert.DoesNotContain(options.ApiKey!, error.Message);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal([LogLevel.Warning, LogLevel.Warning, LogLevel.Error], logger.Entries.Select(e => e.Level));
        Assert.DoesNotContain(options.ApiKey!, logger.AllText);
    }

    [Fact]
    public async Task ATimeoutIsRetriedAsATransportFailure()
    {
        var calls = 0;
        var handler = new StubHttpHandler(async (_, cancellationToken) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return ShortLinkTestClient.Success(Link);
        });
        var options = ShortLinkTestClient.Options();
        options.Timeout = TimeSpan.FromMilliseconds(50);

        var link = await ShortLinkTestClient.Create(handler, options).VisitAsync("abc");

        Assert.Equal("abc", link.Hash);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task ServiceErrorsAreNotRetried()
    {
        var handler = StubHttpHandler.Sequence(() => ShortLinkTestClient.ServiceError(999, "INTERNAL_SERVER_EXCEPTION"));

        await Assert.ThrowsAsync<ShortLinkException>(() => ShortLinkTestClient.Create(handler).VisitAsync("abc"));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task ThereIsNoClientSideLimitByDefault()
    {
        var handler = ShortLinkTestClient.Answering(Link);
        var client = ShortLinkTestClient.Create(handler);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.VisitAsync("abc"))).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(50, handler.Requests.Count);
    }

    [Fact]
    public async Task ARequestOverAConfiguredLimitWaitsAndCanBeCancelled()
    {
        var handler = ShortLinkTestClient.Answering(Link);
        var options = ShortLinkTestClient.Options();
        options.PermitsPerMinute = 2;
        var client = ShortLinkTestClient.Create(handler, options);
        await client.VisitAsync("abc");
        await client.VisitAsync("abc");
        using var cancellation = new CancellationTokenSource();

        var third = client.VisitAsync("abc", cancellation.Token);
        await Task.Delay(TimeSpan.FromMilliseconds(100));

        Assert.False(third.IsCompleted);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task CallerCancellationIsNotRetriedNorLogged()
    {
        var logger = new ListLogger();
        var handler = new StubHttpHandler(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return ShortLinkTestClient.Success(Link);
        });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ShortLinkTestClient.Create(handler, logger: logger).VisitAsync("abc", cancellation.Token));

        Assert.Single(handler.Requests);
        Assert.Empty(logger.Entries);
    }
}
