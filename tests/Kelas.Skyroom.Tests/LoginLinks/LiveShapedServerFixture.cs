namespace Kelas.Skyroom.Tests.LoginLinks;

/// <summary>
/// A server configured with the live service's public base, an account named as in the original's examples and the clock
/// at the moment its example token was made: the URLs must then be the original's, byte for byte up to the signature.
/// </summary>
public sealed class LiveShapedServerFixture : IAsyncLifetime
{
    /// <summary>The example token's exp (1605086566) less the default ttl.</summary>
    public static readonly DateTimeOffset ExampleTime = DateTimeOffset.FromUnixTimeSeconds(1605086566 - 3600);

    public KelasFactory Factory { get; } = new(new Dictionary<string, string?> { ["Skyroom:PublicBaseUrl"] = "https://www.skyroom.online/" });

    public SkyroomTenant Tenant { get; private set; } = null!;

    public SkyroomWire Api { get; private set; } = null!;

    public long MeetingId { get; private set; }

    public async Task InitializeAsync()
    {
        Factory.Clock.Advance(ExampleTime - Factory.Clock.GetUtcNow());
        Tenant = await Factory.CreateSkyroomTenantAsync("faramooz");
        Api = new SkyroomWire(Factory.CreateClient(), Tenant.ApiKey);
        MeetingId = (await Api.OkAsync("createRoom", new { name = "meeting", title = "اتاق جلسات" })).GetInt64();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
