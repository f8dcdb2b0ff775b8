using Kelas.Client.ShortLinks;
using Kelas.Client.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kelas.Client.Tests.ShortLinks;

public class ShortLinkServiceCollectionExtensionsTests
{
    private const string Link = """{"hash":"abc","shortenObjectKind":"link"}""";

    [Fact]
    public async Task AddShortLinkClientResolvesOneWorkingSingletonThatSendsThroughTheHttpClientFactory()
    {
        var (token, apiKey) = (ShortLinkTestClient.NewSecret(), ShortLinkTestClient.NewSecret());
        var handler = ShortLinkTestClient.Answering(Link);
        var services = new ServiceCollection();
        services.AddShortLinkClient(options =>
            {
                options.Endpoint = new Uri("https://api.pod.example/");
                options.Token = token;
                options.ApiKey = apiKey;
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<ShortLinkClient>();

        Assert.Same(client, provider.GetRequiredService<ShortLinkClient>());
        Assert.Equal("abc", (await client.VisitAsync("abc")).Hash);
        var request = handler.Single();
        Assert.Equal("https://api.pod.example/srv/sc/nzh/doServiceCall", request.Uri.AbsoluteUri);
        Assert.Equal(token, request.Headers["_token_"]);
        Assert.Equal(apiKey, request.Form()["scApiKey"]);
    }

    [Fact]
    public async Task AddShortLinkClientLogsTransportFailuresThroughTheContainerLogging()
    {
        var logger = new ListLogger();
        var handler = StubHttpHandler.Sequence(
            () => throw new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established."),
            () => ShortLinkTestClient.Success(Link));
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logger));
        services.AddShortLinkClient(options =>
            {
                options.Endpoint = ShortLinkTestClient.Endpoint;
                options.Token = ShortLinkTestClient.NewSecret();
                options.ApiKey = ShortLinkTestClient.NewSecret();
                options.TimeProvider = new InstantTimeProvider();
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ShortLinkClient>().VisitAsync("abc");

        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("SecureConnectionError"));
    }

    [Fact]
    public async Task AddShortLinkClientBindsOptionsFromAConfigurationSection()
    {
        var (token, apiKey) = (ShortLinkTestClient.NewSecret(), ShortLinkTestClient.NewSecret());
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ShortLinks:Endpoint"] = "http://kelas.test:5080/",
                ["ShortLinks:Token"] = token,
                ["ShortLinks:ApiKey"] = apiKey,
                ["ShortLinks:PermitsPerMinute"] = "600",
                ["ShortLinks:MaxRetries"] = "5",
                ["ShortLinks:Timeout"] = "00:00:10",
            })
            .Build();
        var handler = ShortLinkTestClient.Answering(Link);
        var services = new ServiceCollection();
        services.AddShortLinkClient(configuration.GetSection("ShortLinks")).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ShortLinkClientOptions>>().Value;
        await provider.GetRequiredService<ShortLinkClient>().VisitAsync("abc");

        Assert.Equal((600, 5, TimeSpan.FromSeconds(10)), (options.PermitsPerMinute, options.MaxRetries, options.Timeout));
        Assert.Equal("http://kelas.test:5080/srv/sc/nzh/doServiceCall", handler.Single().Uri.AbsoluteUri);
        Assert.Equal(token, handler.Single().Headers["_token_"]);
    }

    [Theory]
    [InlineData("Endpoint")]
    [InlineData("Token")]
    [InlineData("ApiKey")]
    public void AddShortLinkClientWithoutARequiredOptionFailsWhenTheClientIsResolved(string missing)
    {
        var services = new ServiceCollection();
        services.AddShortLinkClient(options =>
        {
            options.Endpoint = missing == "Endpoint" ? null : ShortLinkTestClient.Endpoint;
            options.Token = missing == "Token" ? null : "token";
            options.ApiKey = missing == "ApiKey" ? null : "key";
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ShortLinkClient>());

        Assert.Contains(missing, error.Message);
    }
}
