using System.Net;
using Kelas.Shad.Tests.Support;

namespace Kelas.Shad.Tests.Api;

/// <summary>Moves the server's clock, so it has a server of its own.</summary>
public sealed class TokenLifetimeTests
{
    [Fact]
    public async Task TokenWorksForAnHourAndIs401Afterwards()
    {
        using var factory = new KelasFactory();
        var client = factory.CreateClient();
        var shadEvent = await factory.CreateShadEventAsync();
        await factory.AddShadUserAsync(1, verified: true);
        var (_, hashedId) = await factory.HandOffShadUserAsync(shadEvent.LandingId, 1);
        var token = await ShadHttp.TokenAsync(client, shadEvent);

        factory.Clock.Advance(TimeSpan.FromMinutes(59));
        using (var stillValid = await ShadHttp.UserInfoAsync(client, token, hashedId))
        {
            await ShadHttp.EnvelopeAsync(stillValid, HttpStatusCode.OK);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        using var expired = await ShadHttp.UserInfoAsync(client, token, hashedId);
        await ShadHttp.EnvelopeAsync(expired, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TokenLifetimeIsConfigurable()
    {
        using var factory = new KelasFactory(new Dictionary<string, string?> { ["Shad:TokenLifetimeMinutes"] = "5" });
        var client = factory.CreateClient();
        var shadEvent = await factory.CreateShadEventAsync();
        await factory.AddShadUserAsync(1, verified: true);
        var (_, hashedId) = await factory.HandOffShadUserAsync(shadEvent.LandingId, 1);
        var token = await ShadHttp.TokenAsync(client, shadEvent);

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        using var expired = await ShadHttp.UserInfoAsync(client, token, hashedId);
        await ShadHttp.EnvelopeAsync(expired, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TokensStayValidAcrossARestartOnTheSameDatabase()
    {
        using var database = new TestDatabase();
        string token;
        string hashedId;
        using (var first = new KelasFactory(database: database))
        {
            var shadEvent = await first.CreateShadEventAsync();
            await first.AddShadUserAsync(1, verified: true);
            (_, hashedId) = await first.HandOffShadUserAsync(shadEvent.LandingId, 1);
            token = await ShadHttp.TokenAsync(first.CreateClient(), shadEvent);
        }

        using var second = new KelasFactory(database: database);
        using var response = await ShadHttp.UserInfoAsync(second.CreateClient(), token, hashedId);
        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task LoginLimitIsConfigurableAndFreesUpInTheNextMinute()
    {
        using var factory = new KelasFactory(new Dictionary<string, string?> { ["Shad:LoginAttemptsPerMinute"] = "2" });
        var client = factory.CreateClient();
        var shadEvent = await factory.CreateShadEventAsync();
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await ShadHttp.LoginAsync(client, shadEvent);
            await ShadHttp.EnvelopeAsync(allowed, HttpStatusCode.OK);
        }

        using (var limited = await ShadHttp.LoginAsync(client, shadEvent))
        {
            await ShadHttp.EnvelopeAsync(limited, HttpStatusCode.TooManyRequests);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        using var later = await ShadHttp.LoginAsync(client, shadEvent);
        await ShadHttp.EnvelopeAsync(later, HttpStatusCode.OK);
    }
}
