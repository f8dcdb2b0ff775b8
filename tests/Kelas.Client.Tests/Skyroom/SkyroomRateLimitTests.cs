using System.Diagnostics;
using Kelas.Client.Skyroom;
using Kelas.Client.Tests.Support;

namespace Kelas.Client.Tests.Skyroom;

public class SkyroomRateLimitTests
{
    private static readonly TimeSpan StillWaiting = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task ARequestOverTheLimitWaitsInsteadOfFailingAndCanBeCancelled()
    {
        var handler = StubHttpHandler.Result("1");
        var client = SkyroomTestClient.Create(handler, Limited(permits: 2));
        await client.PingAsync();
        await client.PingAsync();
        using var cancellation = new CancellationTokenSource();

        var third = client.PingAsync(cancellation.Token);
        await Task.Delay(StillWaiting);

        Assert.False(third.IsCompleted);
        Assert.Equal(2, handler.Requests.Count);
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task ClientsWithTheSameEndpointAndKeyShareOneLimit()
    {
        var options = Limited(permits: 2);
        var first = StubHttpHandler.Result("1");
        var second = StubHttpHandler.Result("1");
        await SkyroomTestClient.Create(first, options).PingAsync();
        await SkyroomTestClient.Create(first, options).PingAsync();
        using var cancellation = new CancellationTokenSource();

        var third = SkyroomTestClient.Create(second, options).PingAsync(cancellation.Token);
        await Task.Delay(StillWaiting);

        Assert.False(third.IsCompleted);
        Assert.Empty(second.Requests);
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);
    }

    [Fact]
    public async Task ClientsWithAnotherKeyHaveTheirOwnLimit()
    {
        var handler = StubHttpHandler.Result("1");
        await SkyroomTestClient.Create(handler, Limited(permits: 1)).PingAsync();

        await SkyroomTestClient.Create(handler, Limited(permits: 1)).PingAsync().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task AQueuedRequestIsSentOnceTheWindowHasMoved()
    {
        var handler = StubHttpHandler.Result("1");
        var options = Limited(permits: 1);
        options.RateLimitWindow = TimeSpan.FromMilliseconds(120);
        var client = SkyroomTestClient.Create(handler, options);
        var clock = Stopwatch.StartNew();

        await client.PingAsync();
        await client.PingAsync().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(2, handler.Requests.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(60), $"The second request went out after {clock.Elapsed}.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(null)]
    public async Task ZeroOrNullPermitsDisableTheLimiter(int? permits)
    {
        var handler = StubHttpHandler.Result("1");
        var options = SkyroomTestClient.Options();
        options.PermitsPerMinute = permits;
        var client = SkyroomTestClient.Create(handler, options);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.PingAsync())).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(5, handler.Requests.Count);
    }

    [Fact]
    public async Task RetriesTakeTheirOwnPermits()
    {
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.ServiceUnavailable(), () => StubHttpHandler.Ok());
        var client = SkyroomTestClient.Create(handler, Limited(permits: 2));
        await client.PingAsync();
        using var cancellation = new CancellationTokenSource();

        var next = client.PingAsync(cancellation.Token);
        await Task.Delay(StillWaiting);

        Assert.False(next.IsCompleted);
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
    }

    private static SkyroomClientOptions Limited(int permits)
    {
        var options = SkyroomTestClient.Options();
        options.PermitsPerMinute = permits;
        return options;
    }
}
