using System.Net;
using System.Text.Json;
using Kelas.Shad.Tests.Support;

namespace Kelas.Shad.Tests.Api;

public sealed class UserInfoByApiKeyTests(ShadApiFixture fixture) : IClassFixture<ShadApiFixture>
{
    private readonly HttpClient client = fixture.Factory.CreateClient();

    private async Task<(ShadTestEvent Event, long UserId, string HashedId)> HandedOffAsync(bool verified = true)
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        var userId = ShadApiFixture.NewUserId();
        await fixture.Factory.AddShadUserAsync(userId, verified);
        var (_, hashedId) = await fixture.Factory.HandOffShadUserAsync(shadEvent.LandingId, userId);
        return (shadEvent, userId, hashedId);
    }

    [Fact]
    public async Task ApiKeyHeaderAndLandingIdAsEventIdAnswerTheUser()
    {
        var (shadEvent, userId, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId={shadEvent.LandingId}&UserHashId={hashedId}");

        var envelope = await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK);
        Assert.Equal(200, envelope.GetProperty("statusCode").GetInt32());
        Assert.Equal(userId, envelope.GetProperty("data").GetProperty("id").GetInt64());
        Assert.Equal("رونيكا", envelope.GetProperty("data").GetProperty("name").GetString());
    }

    [Fact]
    public async Task PathAndQueryNamesIgnoreCase()
    {
        var (shadEvent, _, hashedId) = await HandedOffAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/shadevent/getuserinfobyapikey/?eventid={shadEvent.LandingId}&userhashid={hashedId}");
        request.Headers.Add("APIKEY", shadEvent.ApiKey);
        using var response = await client.SendAsync(request);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnverifiedUserGetsOnlyIdHashedIdAndMobile()
    {
        var (shadEvent, _, hashedId) = await HandedOffAsync(verified: false);
        using var response = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId={shadEvent.LandingId}&UserHashId={hashedId}");

        var data = (await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK)).GetProperty("data");
        Assert.Equal(
            ["id", "hashedId", "mobile"],
            data.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name));
    }

    [Fact]
    public async Task WrongApiKeyIs401()
    {
        var (shadEvent, _, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoByApiKeyAsync(client, new string('0', 40), $"EventId={shadEvent.LandingId}&UserHashId={hashedId}");

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task MissingApiKeyHeaderIs401()
    {
        var (shadEvent, _, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoByApiKeyAsync(client, null, $"EventId={shadEvent.LandingId}&UserHashId={hashedId}");

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ApiKeyWithTheEventIdOfAnotherEventIs401()
    {
        var (shadEvent, _, _) = await HandedOffAsync();
        var (other, _, otherHashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId={other.LandingId}&UserHashId={otherHashedId}");

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RotatedApiKeyStopsWorkingAndTheNewOneWorks()
    {
        var (shadEvent, _, hashedId) = await HandedOffAsync();
        var newKey = await fixture.Factory.RotateShadApiKeyAsync(shadEvent.LandingId);

        using var old = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId={shadEvent.LandingId}&UserHashId={hashedId}");
        await ShadHttp.EnvelopeAsync(old, HttpStatusCode.Unauthorized);
        using var rotated = await ShadHttp.UserInfoByApiKeyAsync(client, newKey, $"EventId={shadEvent.LandingId}&UserHashId={hashedId}");
        await ShadHttp.EnvelopeAsync(rotated, HttpStatusCode.OK);
    }

    [Fact]
    public async Task DisabledEventsApiKeyIs401()
    {
        var (shadEvent, _, hashedId) = await HandedOffAsync();
        await fixture.Factory.SetShadEventEnabledAsync(shadEvent.LandingId, enabled: false);
        using var response = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId={shadEvent.LandingId}&UserHashId={hashedId}");

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnknownUserHashIdIs404()
    {
        var (shadEvent, _, _) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoByApiKeyAsync(
            client, shadEvent.ApiKey, $"EventId={shadEvent.LandingId}&UserHashId=C3-A4-F5-C2-27-14-D9-56-A6-A0-AE-90-3A-E0-CF-2E");

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UserHashIdOfAnotherEventIs404()
    {
        var (shadEvent, _, _) = await HandedOffAsync();
        var (_, _, otherHashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId={shadEvent.LandingId}&UserHashId={otherHashedId}");

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("UserHashId=C3-A4-F5-C2-27-14-D9-56-A6-A0-AE-90-3A-E0-CF-2E")]
    [InlineData("EventId=abc&UserHashId=C3-A4-F5-C2-27-14-D9-56-A6-A0-AE-90-3A-E0-CF-2E")]
    public async Task MissingOrNonNumericEventIdIs400(string query)
    {
        var (shadEvent, _, _) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, query);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task MissingUserHashIdIs400()
    {
        var (shadEvent, _, _) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId={shadEvent.LandingId}");

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.BadRequest);
    }
}
