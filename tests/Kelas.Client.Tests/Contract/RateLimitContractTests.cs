using System.Net;
using Kelas.Client.Skyroom;
using Kelas.Client.Tests.Support;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

/// <summary>The server's per-key limit (3 a minute here) meets the client's retries and its own limiter.</summary>
public class RateLimitContractTests(RateLimitContractTests.LimitedServer server) : IClassFixture<RateLimitContractTests.LimitedServer>
{
    private const int ServerLimit = 3;

    [Fact]
    public async Task WithoutClientLimiterOrRetriesTheCallOverTheServersLimitThrowsHttp503()
    {
        var tenant = await server.Factory.CreateSkyroomTenantAsync();
        var skyroom = SkyroomContractFixture.CreateClient(server.Factory, tenant.ApiKey, o => (o.PermitsPerMinute, o.MaxRetries) = (0, 0));
        for (var i = 0; i < ServerLimit; i++)
        {
            await skyroom.PingAsync();
        }

        var error = await Assert.ThrowsAsync<SkyroomException>(() => skyroom.PingAsync());

        Assert.Equal((HttpStatusCode.ServiceUnavailable, (int?)null), (error.HttpStatusCode, error.ErrorCode));
    }

    [Fact]
    public async Task RetriesWaitWhatTheServersRetryAfterAsksAndThrowHttp503WhenItStillRefuses()
    {
        var tenant = await server.Factory.CreateSkyroomTenantAsync();
        var counter = new CountingHandler();
        var waits = new InstantTimeProvider();
        var skyroom = CreateClient(tenant, counter, o => (o.PermitsPerMinute, o.MaxRetries, o.MaxRetryDelay, o.TimeProvider) = (0, 2, TimeSpan.FromMinutes(5), waits));
        for (var i = 0; i < ServerLimit; i++)
        {
            await skyroom.PingAsync();
        }

        var error = await Assert.ThrowsAsync<SkyroomException>(() => skyroom.PingAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.HttpStatusCode);
        Assert.Equal(ServerLimit + 3, counter.Count);
        Assert.Equal(2, waits.Delays.Count);
        Assert.All(waits.Delays, d => Assert.InRange(d, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task AnotherKeyIsUnaffectedWhenOneKeyIsOverTheServersLimit()
    {
        var busy = await server.Factory.CreateSkyroomTenantAsync();
        var quiet = await server.Factory.CreateSkyroomTenantAsync();
        var busyClient = SkyroomContractFixture.CreateClient(server.Factory, busy.ApiKey, o => (o.PermitsPerMinute, o.MaxRetries) = (0, 0));
        for (var i = 0; i < ServerLimit; i++)
        {
            await busyClient.PingAsync();
        }

        await Assert.ThrowsAsync<SkyroomException>(() => busyClient.PingAsync());

        await SkyroomContractFixture.CreateClient(server.Factory, quiet.ApiKey, o => o.MaxRetries = 0).PingAsync();
    }

    [Fact]
    public async Task WithTheClientLimiterAtTheServersLimitTheCallOverItWaitsInsteadOfReachingTheServer()
    {
        var tenant = await server.Factory.CreateSkyroomTenantAsync();
        var counter = new CountingHandler();
        var skyroom = CreateClient(tenant, counter, o => (o.PermitsPerMinute, o.MaxRetries) = (ServerLimit, 0));
        for (var i = 0; i < ServerLimit; i++)
        {
            await skyroom.PingAsync();
        }

        using var cancellation = new CancellationTokenSource();
        var fourth = skyroom.PingAsync(cancellation.Token);
        await Task.Delay(TimeSpan.FromMilliseconds(200));

        Assert.False(fourth.IsCompleted);
        Assert.Equal(ServerLimit, counter.Count);
        Assert.All(counter.Statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fourth);
        Assert.Equal(ServerLimit, counter.Count);
    }

    private SkyroomClient CreateClient(SkyroomTenant tenant, CountingHandler counter, Action<SkyroomClientOptions> configure)
    {
        var http = server.Factory.CreateDefaultClient(counter);
        var options = new SkyroomClientOptions { Endpoint = http.BaseAddress, ApiKey = tenant.ApiKey };
        configure(options);
        return new SkyroomClient(http, options);
    }

    public sealed class LimitedServer : IDisposable
    {
        public KelasFactory Factory { get; } = new(new Dictionary<string, string?> { ["Skyroom:RateLimitPerMinute"] = ServerLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        public void Dispose() => Factory.Dispose();
    }

    /// <summary>Counts the requests that reach the server and keeps the statuses it answered.</summary>
    private sealed class CountingHandler : DelegatingHandler
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<HttpStatusCode> statuses = new();

        public int Count => statuses.Count;

        public IReadOnlyList<HttpStatusCode> Statuses => statuses.ToArray();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            statuses.Enqueue(response.StatusCode);
            return response;
        }
    }
}
