namespace Kelas.Skyroom.Tests;

/// <summary>One server per test class, with two tenants so that every test can also try the other's ids.</summary>
public sealed class SkyroomApiFixture : IAsyncLifetime
{
    /// <summary>The rate limit is lifted here (a class can make over 500 calls a minute); Wire/RateLimitTests has a server of its own.</summary>
    public KelasFactory Factory { get; } = new(new Dictionary<string, string?> { ["Skyroom:RateLimitPerMinute"] = "1000000" });

    public SkyroomTenant Tenant { get; private set; } = null!;

    public SkyroomTenant Other { get; private set; } = null!;

    public SkyroomWire Api { get; private set; } = null!;

    public SkyroomWire OtherApi { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Tenant = await Factory.CreateSkyroomTenantAsync();
        Other = await Factory.CreateSkyroomTenantAsync();
        Api = new SkyroomWire(Factory.CreateClient(), Tenant.ApiKey);
        OtherApi = new SkyroomWire(Factory.CreateClient(), Other.ApiKey);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A room name no other test uses.</summary>
    public static string UniqueName(string prefix = "room") => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 40)];
}
