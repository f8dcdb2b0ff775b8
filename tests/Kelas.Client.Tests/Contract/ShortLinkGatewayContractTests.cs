using System.Reflection;
using Kelas.Client.ShortLinks;
using Kelas.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Client.Tests.Contract;

/// <summary>Credentials, the gateway's own errors, and the ways to set the client up.</summary>
public class ShortLinkGatewayContractTests(ShortLinkContractFixture fixture) : IClassFixture<ShortLinkContractFixture>
{
    private const string InvalidTokenMessage = "_token_ نامعتبر است (Invalid _token_).";
    private const string InvalidApiKeyMessage = "scApiKey نامعتبر است (Invalid scApiKey).";

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-a-token")]
    public async Task AnUnknownTokenThrowsGatewayError21(string token)
    {
        var tilin = fixture.CreateClient(token, fixture.Business.ApiKey);

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => tilin.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl()));

        AssertGatewayError(error, ShortLinkException.InvalidToken, InvalidTokenMessage);
    }

    [Fact]
    public async Task AnotherBusinesssApiKeyThrowsGatewayError23()
    {
        var tilin = fixture.CreateClient(fixture.Business.Token, fixture.Other.ApiKey);

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => tilin.GetPageAsync(null, 0, 10));

        AssertGatewayError(error, ShortLinkException.InvalidApiKey, InvalidApiKeyMessage);
    }

    [Fact]
    public async Task AMalformedApiKeyThrowsGatewayError23()
    {
        var tilin = fixture.CreateClient(fixture.Business.Token, "key with spaces & symbols=");

        var error = await Assert.ThrowsAsync<ShortLinkException>(() => tilin.VisitAsync("anything"));

        AssertGatewayError(error, ShortLinkException.InvalidApiKey, InvalidApiKeyMessage);
    }

    [Fact]
    public async Task EveryMethodOfADisabledBusinessThrowsGatewayError21AndWorksAgainOnceEnabled()
    {
        var business = await fixture.Factory.CreateShortLinkBusinessAsync();
        var tilin = fixture.CreateClient(business);
        var link = await tilin.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl());
        await fixture.Factory.SetShortLinkBusinessEnabledAsync(business.Name, enabled: false);
        Func<Task>[] calls =
        [
            () => tilin.AddAsync(new AddShortLinkRequest { UrlOrContent = "متن", Kind = ShortLinkKind.Content }),
            () => tilin.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl()),
            () => tilin.VisitAsync(link.Hash),
            () => tilin.GetPageAsync(null, 0, 10),
            () => tilin.ListAsync().ToListAsync().AsTask(),
            () => tilin.SetStatusAsync(link.Hash, active: false),
            () => tilin.GetStatisticsAsync(link.Hash),
        ];

        foreach (var call in calls)
        {
            AssertGatewayError(await Assert.ThrowsAsync<ShortLinkException>(call), ShortLinkException.InvalidToken, InvalidTokenMessage);
        }

        await fixture.Factory.SetShortLinkBusinessEnabledAsync(business.Name, enabled: true);
        Assert.Equal(link, Assert.Single(await tilin.ListAsync().ToListAsync()));
    }

    [Fact]
    public async Task AClientRegisteredFromConfigurationTalksToTheServer()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ShortLinks:Endpoint"] = fixture.BaseUrl,
                ["ShortLinks:Token"] = fixture.Business.Token,
                ["ShortLinks:ApiKey"] = fixture.Business.ApiKey,
                ["ShortLinks:MaxRetries"] = "0",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddShortLinkClient(configuration.GetSection("ShortLinks")).ConfigurePrimaryHttpMessageHandler(() => fixture.Factory.Server.CreateHandler());
        await using var provider = services.BuildServiceProvider();
        var tilin = provider.GetRequiredService<ShortLinkClient>();
        var url = ShortLinkContractFixture.UniqueUrl("di");

        var link = await tilin.ShortenUrlAsync(url);

        Assert.Equal(url.AbsoluteUri, (await fixture.Client.VisitAsync(link.Hash)).UrlOrContent);
    }

    [Fact]
    public async Task AClientRegisteredWithAnOptionsDelegateTalksToTheServer()
    {
        var services = new ServiceCollection();
        services.AddShortLinkClient(options =>
            {
                options.Endpoint = new Uri(fixture.BaseUrl + "/");
                options.Token = fixture.Other.Token;
                options.ApiKey = fixture.Other.ApiKey;
            })
            .ConfigurePrimaryHttpMessageHandler(() => fixture.Factory.Server.CreateHandler());
        await using var provider = services.BuildServiceProvider();
        var tilin = provider.GetRequiredService<ShortLinkClient>();

        var link = await tilin.ShortenUrlAsync(ShortLinkContractFixture.UniqueUrl("di"));

        Assert.Contains(link, await fixture.OtherClient.ListAsync().ToListAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task TheEndpointWorksWithOrWithoutATrailingSlash(string slash)
    {
        var tilin = fixture.CreateClient(fixture.Business, o => o.Endpoint = new Uri(fixture.BaseUrl + slash));

        var page = await tilin.GetPageAsync(null, 0, 1);

        Assert.True(page.TotalCount >= 0);
    }

    [Fact]
    public void EveryPublicSdkMethodHasAContractTest()
    {
        // A new ShortLinkClient method needs a test in this folder against the server; list it here once it has one.
        string[] covered =
        [
            "AddAsync", "GetPageAsync", "GetStatisticsAsync", "ListAsync", "SetStatusAsync", "ShortenUrlAsync", "VisitAsync",
        ];

        var methods = typeof(ShortLinkClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(covered.Order(StringComparer.Ordinal), methods);
    }

    private static void AssertGatewayError(ShortLinkException error, int code, string message)
    {
        Assert.IsNotType<ShortLinkNotFoundException>(error);
        Assert.Equal((code, message, true), (error.Code, error.Message, error.IsGatewayError));
        Assert.Matches("^[0-9a-f]{32}$", error.ReferenceNumber);
    }
}
