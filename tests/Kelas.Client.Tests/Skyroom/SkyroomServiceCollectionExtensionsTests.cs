using Kelas.Client.Skyroom;
using Kelas.Client.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kelas.Client.Tests.Skyroom;

public class SkyroomServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSkyroomClientResolvesOneWorkingSingletonThatSendsThroughTheHttpClientFactory()
    {
        var apiKey = SkyroomTestClient.NewApiKey();
        var handler = StubHttpHandler.Result("4");
        var services = new ServiceCollection();
        services.AddSkyroomClient(options =>
            {
                options.Endpoint = new Uri("https://classes.example/");
                options.ApiKey = apiKey;
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<SkyroomClient>();

        Assert.Same(client, provider.GetRequiredService<SkyroomClient>());
        Assert.Equal(4, await client.CountRoomsAsync());
        Assert.Equal($"https://classes.example/skyroom/api/{apiKey}", handler.Single().Uri.AbsoluteUri);
    }

    [Fact]
    public async Task AddSkyroomClientLogsTransportFailuresThroughTheContainerLogging()
    {
        var logger = new ListLogger();
        var handler = StubHttpHandler.Sequence(
            () => throw new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established."),
            () => StubHttpHandler.Ok());
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logger));
        services.AddSkyroomClient(options =>
            {
                options.Endpoint = SkyroomTestClient.Endpoint;
                options.ApiKey = SkyroomTestClient.NewApiKey();
                options.TimeProvider = new InstantTimeProvider();
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<SkyroomClient>().PingAsync();

        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("SecureConnectionError"));
    }

    [Fact]
    public async Task AddSkyroomClientBindsOptionsFromAConfigurationSection()
    {
        var apiKey = SkyroomTestClient.NewApiKey();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Skyroom:Endpoint"] = "http://kelas.test:5080/",
                ["Skyroom:ApiKey"] = apiKey,
                ["Skyroom:PermitsPerMinute"] = "120",
                ["Skyroom:MaxRetries"] = "5",
                ["Skyroom:RetryBaseDelay"] = "00:00:00.250",
                ["Skyroom:Timeout"] = "00:00:10",
            })
            .Build();
        var handler = StubHttpHandler.Result("1");
        var services = new ServiceCollection();
        services.AddSkyroomClient(configuration.GetSection("Skyroom")).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SkyroomClientOptions>>().Value;
        await provider.GetRequiredService<SkyroomClient>().PingAsync();

        Assert.Equal((120, 5, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10)), (options.PermitsPerMinute, options.MaxRetries, options.RetryBaseDelay, options.Timeout));
        Assert.Equal($"http://kelas.test:5080/skyroom/api/{apiKey}", handler.Single().Uri.AbsoluteUri);
    }

    [Fact]
    public void AddSkyroomClientWithoutAnEndpointFailsWhenTheClientIsResolved()
    {
        var services = new ServiceCollection();
        services.AddSkyroomClient(options => options.ApiKey = "key");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<SkyroomClient>());

        Assert.Contains("Endpoint", error.Message);
    }
}
