using System.Net;
using Kelas.Client.Skyroom;
using Kelas.Client.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Kelas.Client.Tests.Skyroom;

public class SkyroomClientResilienceTests
{
    [Fact]
    public async Task ServiceUnavailableWithRetryAfterSecondsIsRetriedAfterThatDelayThenSucceeds()
    {
        var time = new InstantTimeProvider();
        var handler = StubHttpHandler.Sequence(
            () => StubHttpHandler.ServiceUnavailable(r => r.Headers.Add("Retry-After", "2")),
            () => StubHttpHandler.Ok("5"));

        var count = await SkyroomTestClient.Create(handler, SkyroomTestClient.Options(timeProvider: time)).CountRoomsAsync();

        Assert.Equal(5, count);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2)], time.Delays);
    }

    [Fact]
    public async Task ServiceUnavailableWithRetryAfterDateWaitsUntilThatDate()
    {
        var time = new InstantTimeProvider();
        var handler = StubHttpHandler.Sequence(
            () => StubHttpHandler.ServiceUnavailable(r => r.Headers.RetryAfter = new(time.Now.AddSeconds(7))),
            () => StubHttpHandler.Ok());

        await SkyroomTestClient.Create(handler, SkyroomTestClient.Options(timeProvider: time)).PingAsync();

        Assert.Equal([TimeSpan.FromSeconds(7)], time.Delays);
    }

    [Fact]
    public async Task ARetryAfterLongerThanMaxRetryDelayIsCappedAtIt()
    {
        var time = new InstantTimeProvider();
        var handler = StubHttpHandler.Sequence(
            () => StubHttpHandler.ServiceUnavailable(r => r.Headers.Add("Retry-After", "3600")),
            () => StubHttpHandler.Ok());
        var options = SkyroomTestClient.Options(timeProvider: time);
        options.MaxRetryDelay = TimeSpan.FromSeconds(20);

        await SkyroomTestClient.Create(handler, options).PingAsync();

        Assert.Equal([TimeSpan.FromSeconds(20)], time.Delays);
    }

    [Fact]
    public async Task RetriesWithoutRetryAfterBackOffExponentiallyWithFullJitter()
    {
        var time = new InstantTimeProvider();
        var handler = StubHttpHandler.Sequence(
            () => StubHttpHandler.ServiceUnavailable(),
            () => StubHttpHandler.ServiceUnavailable(),
            () => StubHttpHandler.ServiceUnavailable(),
            () => StubHttpHandler.ServiceUnavailable(),
            () => StubHttpHandler.ServiceUnavailable(),
            () => StubHttpHandler.Ok());
        var options = SkyroomTestClient.Options(timeProvider: time);
        options.MaxRetries = 5;
        options.RetryBaseDelay = TimeSpan.FromSeconds(1);
        options.MaxRetryDelay = TimeSpan.FromSeconds(10);

        await SkyroomTestClient.Create(handler, options).PingAsync();

        var caps = new[] { 1, 2, 4, 8, 10 }.Select(s => TimeSpan.FromSeconds(s)).ToArray();
        Assert.Equal(6, handler.Requests.Count);
        Assert.Equal(5, time.Delays.Count);
        Assert.All(time.Delays.Zip(caps), pair => Assert.InRange(pair.First, TimeSpan.Zero, pair.Second));
        Assert.NotEqual(caps, time.Delays);
    }

    [Fact]
    public async Task RetriesExhaustedOnServiceUnavailableThrowWithTheHttpStatus()
    {
        var logger = new ListLogger();
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.ServiceUnavailable());

        var error = await Assert.ThrowsAsync<SkyroomException>(() => SkyroomTestClient.Create(handler, logger: logger).PingAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.HttpStatusCode);
        Assert.Null(error.ErrorCode);
        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(LogLevel.Error, logger.Entries[^1].Level);
    }

    [Fact]
    public async Task ZeroMaxRetriesSendsEachRequestOnce()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.ServiceUnavailable());
        var options = SkyroomTestClient.Options();
        options.MaxRetries = 0;

        await Assert.ThrowsAsync<SkyroomException>(() => SkyroomTestClient.Create(handler, options).PingAsync());

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task ATransportFailureIsRetriedAndLoggedWithoutTheApiKey()
    {
        var logger = new ListLogger();
        var options = SkyroomTestClient.Options();
        var handler = StubHttpHandler.Sequence(
            () => throw new HttpRequestException(
                HttpRequestError.ConnectionError, $"Connection refused (kelas.test:80) for http://kelas.test/skyroom/api/{options.ApiKey}"),
            () => StubHttpHandler.Ok("2"));

        var count = await SkyroomTestClient.Create(handler, options, logger).CountUsersAsync();

        Assert.Equal(2, count);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("ConnectionError", entry.Message);
        Assert.Contains("Connection refused", entry.Message);
        Assert.Contains("http://kelas.test/skyroom/api/***", entry.Message);
        Assert.DoesNotContain(options.ApiKey!, logger.AllText);
    }

    [Fact]
    public async Task TransportFailuresExhaustedThrowSkyroomExceptionWrappingTheLastFailure()
    {
        var logger = new ListLogger();
        var options = SkyroomTestClient.Options();
        options.MaxRetries = 2;
        var handler = StubHttpHandler.Sequence(
            () => throw new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (kelas.test:80)"));

        var error = await Assert.ThrowsAsync<SkyroomException>(() => SkyroomTestClient.Create(handler, options, logger).PingAsync());

        var inner = Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(HttpRequestError.NameResolutionError, inner.HttpRequestError);
        Assert.Null(error.HttpStatusCode);
        Assert.Null(error.ErrorCode);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal([LogLevel.Warning, LogLevel.Warning, LogLevel.Error], logger.Entries.Select(e => e.Level));
        Assert.Contains("Giving up", logger.Entries[^1].Message);
    }

    [Fact]
    public async Task ARefusedConnectionIsRetriedAndReportedWithoutTheApiKey()
    {
        var logger = new ListLogger();
        var apiKey = SkyroomTestClient.NewApiKey();
        var client = new SkyroomClient(
            new Uri("http://127.0.0.1:1/"),
            apiKey,
            new SkyroomClientOptions { MaxRetries = 1, TimeProvider = new InstantTimeProvider() },
            logger);

        var error = await Assert.ThrowsAsync<SkyroomException>(() => client.PingAsync());

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(2, logger.Entries.Count);
        Assert.Contains("http://127.0.0.1:1/skyroom/api/***", logger.Entries[0].Message);
        Assert.DoesNotContain(apiKey, logger.AllText);
        Assert.DoesNotContain(apiKey, error.ToString());
    }

    [Fact]
    public async Task ATimeoutIsRetriedAsATransportFailure()
    {
        var logger = new ListLogger();
        var calls = 0;
        var handler = new StubHttpHandler(async (_, cancellationToken) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return StubHttpHandler.Ok("7");
        });
        var options = SkyroomTestClient.Options();
        options.Timeout = TimeSpan.FromMilliseconds(50);

        var count = await SkyroomTestClient.Create(handler, options, logger).CountRoomsAsync();

        Assert.Equal(7, count);
        var entry = Assert.Single(logger.Entries);
        Assert.Contains("Timeout: The request timed out after 0.05 s.", entry.Message);
    }

    [Fact]
    public async Task TimeoutsExhaustedThrowSkyroomExceptionWrappingATimeoutException()
    {
        var handler = new StubHttpHandler(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return StubHttpHandler.Ok();
        });
        var options = SkyroomTestClient.Options();
        options.Timeout = TimeSpan.FromMilliseconds(20);
        options.MaxRetries = 1;

        var error = await Assert.ThrowsAsync<SkyroomException>(() => SkyroomTestClient.Create(handler, options).PingAsync());

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task CallerCancellationIsNotRetriedNorLogged()
    {
        var logger = new ListLogger();
        var handler = new StubHttpHandler(async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return StubHttpHandler.Ok();
        });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => SkyroomTestClient.Create(handler, logger: logger).PingAsync(cancellation.Token));

        Assert.Single(handler.Requests);
        Assert.Empty(logger.Entries);
    }

    [Fact]
    public async Task CancellationDuringTheWaitBeforeARetryStopsRetrying()
    {
        var time = new InstantTimeProvider { Fire = false };
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.ServiceUnavailable(r => r.Headers.Add("Retry-After", "1")));
        using var cancellation = new CancellationTokenSource();

        var ping = SkyroomTestClient.Create(handler, SkyroomTestClient.Options(timeProvider: time)).PingAsync(cancellation.Token);
        await Poll.UntilAsync(() => time.Delays.Count == 1);
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ping);
        Assert.Single(handler.Requests);
    }
}
