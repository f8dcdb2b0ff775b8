using Kelas.ShortLinks.Analytics;
using Kelas.ShortLinks.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kelas.ShortLinks.Tests;

/// <summary>One server per test class with two businesses, fake data sets, and client addresses tests can choose.</summary>
public sealed class ShortLinkApiFixture : IAsyncLifetime
{
    public KelasFactory Factory { get; } = CreateFactory();

    public ShortLinkBusiness Business { get; private set; } = null!;

    public ShortLinkBusiness Other { get; private set; } = null!;

    public ShortLinkWire Api { get; private set; } = null!;

    public ShortLinkWire OtherApi { get; private set; } = null!;

    public static KelasFactory CreateFactory(IReadOnlyDictionary<string, string?>? settings = null, TestDatabase? database = null) =>
        new(settings, database, services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IGeoLocator, FakeGeoLocator>());
            services.Replace(ServiceDescriptor.Singleton<IUserAgentClassifier, FakeUserAgents>());
            services.AddTestClientAddress();
        });

    public async Task InitializeAsync()
    {
        Business = await Factory.CreateShortLinkBusinessAsync();
        Other = await Factory.CreateShortLinkBusinessAsync();
        Api = new ShortLinkWire(Factory.CreateClient(NoRedirects), Business);
        OtherApi = new ShortLinkWire(Factory.CreateClient(NoRedirects), Other);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions NoRedirects { get; } = new() { AllowAutoRedirect = false };

    /// <summary>A value no other test uses (for hashes and link targets).</summary>
    public static string Unique(string prefix = "h") => prefix + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Creates a link (a random URL unless given) and returns its hash.</summary>
    public Task<string> AddLinkAsync(string? url = null, string kind = "link", string? hash = null, string? tags = null, ShortLinkWire? api = null) =>
        (api ?? Api).AddAsync(url ?? $"https://example.com/{Guid.NewGuid():N}", kind, hash, tags);
}
