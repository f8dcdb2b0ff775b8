using Kelas.Client.Shad;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

/// <summary>One in-process Kelas server per test class with a Shad event, a verified and an unverified student handed off to it.</summary>
public sealed class ShadEventContractFixture : IAsyncLifetime
{
    public KelasFactory Factory { get; } = new();

    public ShadTestEvent Event { get; private set; } = null!;

    public string VerifiedHashedId { get; private set; } = "";

    public string UnverifiedHashedId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Event = await Factory.CreateShadEventAsync();
        await Factory.AddShadUserAsync(516222, verified: true);
        await Factory.AddShadUserAsync(516223, verified: false, mobile: "989388332389");
        VerifiedHashedId = (await Factory.HandOffShadUserAsync(Event.LandingId, 516222)).HashedId;
        UnverifiedHashedId = (await Factory.HandOffShadUserAsync(Event.LandingId, 516223)).HashedId;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public ShadEventClient CreateClient(ShadTestEvent? shadEvent = null, Action<ShadEventClientOptions>? configure = null)
    {
        var e = shadEvent ?? Event;
        var http = Factory.CreateClient();
        var options = new ShadEventClientOptions { Endpoint = http.BaseAddress, LandingId = e.LandingId, Username = e.Username, Password = e.Password, ApiKey = e.ApiKey };
        configure?.Invoke(options);
        return new ShadEventClient(http, options);
    }
}
