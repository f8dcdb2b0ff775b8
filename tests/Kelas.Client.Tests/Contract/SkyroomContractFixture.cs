using Kelas.Client.Skyroom;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

/// <summary>
/// One in-process Kelas server per test class, with two tenants and an SDK client for each, so that every
/// test can also try the other tenant's ids. The SDK talks to the server through the test server's handler.
/// </summary>
public sealed class SkyroomContractFixture : IAsyncLifetime
{
    public KelasFactory Factory { get; } = new();

    public SkyroomTenant Tenant { get; private set; } = null!;

    public SkyroomTenant Other { get; private set; } = null!;

    /// <summary>The SDK, as <see cref="Tenant"/>.</summary>
    public SkyroomClient Client { get; private set; } = null!;

    /// <summary>The SDK, as <see cref="Other"/>.</summary>
    public SkyroomClient OtherClient { get; private set; } = null!;

    /// <summary>What the server puts in front of the URLs it hands out (no public base is configured).</summary>
    public string BaseUrl => Factory.Server.BaseAddress.GetLeftPart(UriPartial.Authority);

    public async Task InitializeAsync()
    {
        Tenant = await Factory.CreateSkyroomTenantAsync();
        Other = await Factory.CreateSkyroomTenantAsync();
        Client = CreateClient(Tenant.ApiKey);
        OtherClient = CreateClient(Other.ApiKey);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>An SDK client of <paramref name="factory"/>'s server with <paramref name="apiKey"/>; default options unless configured.</summary>
    public static SkyroomClient CreateClient(KelasFactory factory, string apiKey, Action<SkyroomClientOptions>? configure = null)
    {
        var http = factory.CreateClient();
        var options = new SkyroomClientOptions { Endpoint = http.BaseAddress, ApiKey = apiKey };
        configure?.Invoke(options);
        return new SkyroomClient(http, options);
    }

    public SkyroomClient CreateClient(string apiKey, Action<SkyroomClientOptions>? configure = null) =>
        CreateClient(Factory, apiKey, configure);

    /// <summary>A room name no other test uses.</summary>
    public static string UniqueName(string prefix = "room") => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>Creates a room with the given name (a unique one by default) and returns its id.</summary>
    public Task<long> CreateRoomAsync(string? name = null, string title = "کلاس آزمایشی") =>
        Client.CreateRoomAsync(new CreateRoomRequest { Name = name ?? UniqueName(), Title = title });

    /// <summary>Creates a user with the given username (a unique one by default) and returns its id.</summary>
    public Task<long> CreateUserAsync(string? username = null, string nickname = "دانشجو") =>
        Client.CreateUserAsync(new CreateUserRequest { Username = username ?? UniqueName("user"), Password = "secret-1", Nickname = nickname });
}
