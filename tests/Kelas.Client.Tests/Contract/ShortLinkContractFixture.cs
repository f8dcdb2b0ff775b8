using System.Net;
using Kelas.Client.ShortLinks;
using Kelas.Client.Tests.Support;
using Kelas.ShortLinks.Analytics;
using Kelas.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kelas.Client.Tests.Contract;

/// <summary>
/// One in-process Kelas server per test class, with two short-link businesses and an SDK client for each, so that
/// every test can also try the other business's links. The server's data sets are replaced by fixed fakes and a test
/// may pick the visitor's address (<see cref="TestClientAddress"/>), so statistics have known countries and browsers.
/// </summary>
public sealed class ShortLinkContractFixture : IAsyncLifetime
{
    public KelasFactory Factory { get; } = new(configureServices: services =>
    {
        services.Replace(ServiceDescriptor.Singleton<IGeoLocator, FixedGeoLocator>());
        services.Replace(ServiceDescriptor.Singleton<IUserAgentClassifier, FixedUserAgentClassifier>());
        services.AddTestClientAddress();
    });

    public ShortLinkBusiness Business { get; private set; } = null!;

    public ShortLinkBusiness Other { get; private set; } = null!;

    /// <summary>The SDK, as <see cref="Business"/>.</summary>
    public ShortLinkClient Client { get; private set; } = null!;

    /// <summary>The SDK, as <see cref="Other"/>.</summary>
    public ShortLinkClient OtherClient { get; private set; } = null!;

    /// <summary>A browser of the public short URLs that does not follow redirects.</summary>
    public HttpClient Browser { get; private set; } = null!;

    /// <summary>What the server puts in front of the short URLs it hands out (no public base is configured).</summary>
    public string BaseUrl => Factory.Server.BaseAddress.GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync()
    {
        Business = await Factory.CreateShortLinkBusinessAsync();
        Other = await Factory.CreateShortLinkBusinessAsync();
        Client = CreateClient(Business);
        OtherClient = CreateClient(Other);
        Browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public Task DisposeAsync()
    {
        Browser.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>An SDK client of the server with the given credentials; default options unless configured.</summary>
    public ShortLinkClient CreateClient(string token, string apiKey, Action<ShortLinkClientOptions>? configure = null)
    {
        var http = Factory.CreateClient();
        var options = new ShortLinkClientOptions { Endpoint = http.BaseAddress, Token = token, ApiKey = apiKey };
        configure?.Invoke(options);
        return new ShortLinkClient(http, options);
    }

    public ShortLinkClient CreateClient(ShortLinkBusiness business, Action<ShortLinkClientOptions>? configure = null) =>
        CreateClient(business.Token, business.ApiKey, configure);

    /// <summary>A business of its own and its client, for tests that count or order all of a business's links.</summary>
    public async Task<ShortLinkClient> CreateBusinessClientAsync() => CreateClient(await Factory.CreateShortLinkBusinessAsync());

    /// <summary>A hash no other test uses; it stays within 32 characters for a prefix of up to 21.</summary>
    public static string UniqueHash(string prefix = "h") => prefix + "-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>An address no other test shortened.</summary>
    public static Uri UniqueUrl(string path = "page") => new($"https://example.com/{path}/{Guid.NewGuid():N}");

    /// <summary>The public short URL of <paramref name="hash"/> on this server.</summary>
    public Uri ShortUrl(string hash) => new($"{BaseUrl}/l/{Uri.EscapeDataString(hash)}");

    /// <summary>Opens a short URL as a person would, optionally with a User-Agent, a referring page and an address.</summary>
    public async Task<HttpResponseMessage> OpenAsync(
        Uri shortUrl, string? userAgent = null, string? referer = null, IPAddress? from = null, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, shortUrl);
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }

        if (from is not null)
        {
            request.Headers.Add(TestClientAddress.Header, from.ToString());
        }

        return await Browser.SendAsync(request);
    }

    /// <summary>Moves the server's clock forward to <paramref name="moment"/>.</summary>
    public void AdvanceClockTo(DateTimeOffset moment)
    {
        var now = Factory.Clock.GetUtcNow();
        Assert.True(moment >= now, $"The clock is already past {moment:O}.");
        Factory.Clock.Advance(moment - now);
    }

    /// <summary>Moves the clock to the start of the next UTC month and returns it, so buckets start at known instants.</summary>
    public DateTimeOffset AdvanceClockToNextMonth()
    {
        var now = Factory.Clock.GetUtcNow().UtcDateTime;
        var next = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
        AdvanceClockTo(next);
        return next;
    }
}
