using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kelas.Server.Tests.Hosting;

public sealed class RequestLogTests
{
    [Fact]
    public async Task RequestsAreLoggedWithTheKeyRedactedAndNoQueryString()
    {
        var lines = new ConcurrentQueue<string>();
        using var factory = new CapturingFactory(lines);
        var tenant = await factory.CreateSkyroomTenantAsync();

        using var response = await factory.CreateClient().PostAsJsonAsync($"/skyroom/api/{tenant.ApiKey}?token=hunter2", new { action = "ping" });

        var all = string.Join("\n", lines);
        Assert.Contains($"POST /skyroom/api/apikey-{tenant.AccountId}-… → 200", all);
        Assert.DoesNotContain(tenant.ApiKey, all);
        Assert.DoesNotContain("hunter2", all);
    }

    [Theory]
    [InlineData("/skyroom/api/apikey-7-123456-0f178abb0c712c4cfd5ae13e4c54687a0b", "/skyroom/api/apikey-7-…")]
    [InlineData("/skyroom/api/apikey-7-123456-0f178abb0c712c4cfd5ae13e4c54687a0b/", "/skyroom/api/apikey-7-…/")]
    [InlineData("/healthz", "/healthz")]
    public void RedactKeepsOnlyTheKeysPublicHead(string path, string expected) => Assert.Equal(expected, RequestLog.Redact(path));

    private sealed class CapturingFactory(ConcurrentQueue<string> lines) : KelasFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddLogging(logging => logging.AddProvider(new CapturingProvider(lines))));
        }
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(lines);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));
    }
}
