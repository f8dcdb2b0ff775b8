namespace Kelas.Skyroom.Tests.Wire;

/// <summary>A server whose body cap is 1 KiB (the smallest allowed).</summary>
public sealed class SmallBodyCapFixture : IAsyncLifetime
{
    public const int MaxBodyBytes = 1024;

    public KelasFactory Factory { get; } = new(new Dictionary<string, string?>
    {
        ["Skyroom:MaxBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Skyroom:RateLimitPerMinute"] = "1000000",
    });

    public SkyroomWire Api { get; private set; } = null!;

    /// <summary>The bare TestServer client: the factory's default client buffers request bodies (to replay them on redirects).</summary>
    public SkyroomWire StreamingApi { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var tenant = await Factory.CreateSkyroomTenantAsync();
        Api = new SkyroomWire(Factory.CreateClient(), tenant.ApiKey);
        StreamingApi = new SkyroomWire(Factory.Server.CreateClient(), tenant.ApiKey);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
