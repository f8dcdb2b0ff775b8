namespace Kelas.Skyroom.Tests.Wire;

/// <summary>A server allowing 5 requests a minute per key. Each test uses keys of its own.</summary>
public sealed class LowRateLimitFixture : IDisposable
{
    public const int PerMinute = 5;

    public KelasFactory Factory { get; } = new(new Dictionary<string, string?> { ["Skyroom:RateLimitPerMinute"] = PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public async Task<SkyroomWire> NewKeyAsync() => new(Factory.CreateClient(), (await Factory.CreateSkyroomTenantAsync()).ApiKey);

    public void Dispose() => Factory.Dispose();
}
