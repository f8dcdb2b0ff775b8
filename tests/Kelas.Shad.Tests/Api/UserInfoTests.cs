using System.Net;
using System.Text;
using System.Text.Json;
using Kelas.Shad.Tests.Support;

namespace Kelas.Shad.Tests.Api;

public sealed class UserInfoTests(ShadApiFixture fixture) : IClassFixture<ShadApiFixture>
{
    private readonly HttpClient client = fixture.Factory.CreateClient();

    private async Task<(ShadTestEvent Event, string Token, long UserId, string HashedId)> HandedOffAsync(bool verified = true)
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        var userId = ShadApiFixture.NewUserId();
        await fixture.Factory.AddShadUserAsync(userId, verified);
        var (_, hashedId) = await fixture.Factory.HandOffShadUserAsync(shadEvent.LandingId, userId);
        return (shadEvent, await ShadHttp.TokenAsync(client, shadEvent), userId, hashedId);
    }

    [Fact]
    public async Task VerifiedUserIsAnsweredWithTheOriginalsFieldsInOrderAndStatusCode200AsANumber()
    {
        var (_, token, userId, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoAsync(client, token, hashedId);

        var envelope = await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Number, envelope.GetProperty("statusCode").ValueKind);
        Assert.Equal(200, envelope.GetProperty("statusCode").GetInt32());
        var data = envelope.GetProperty("data");
        Assert.Equal(
            ["id", "nationalId", "hashedId", "name", "family", "event", "provinceName", "mobile", "courseStudy", "districtName", "fundamentalId", "role"],
            data.EnumerateObject().Select(p => p.Name));
        Assert.Equal(userId, data.GetProperty("id").GetInt64());
        Assert.Equal(hashedId, data.GetProperty("hashedId").GetString());
        Assert.Equal("گیلان", data.GetProperty("provinceName").GetString());
        Assert.Equal("989226670378", data.GetProperty("mobile").GetString());
        Assert.Equal("دوره ابتدایی توصیفی", data.GetProperty("courseStudy").GetString());
        Assert.Equal("1رشت .ناحیه", data.GetProperty("districtName").GetString());
        Assert.Equal(3, data.GetProperty("fundamentalId").GetInt32());
        Assert.Equal("student", data.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("event").ValueKind);
    }

    [Fact]
    public async Task NamesKeepTheArabicYehAndKafTheyWereImportedWith()
    {
        var (_, token, _, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoAsync(client, token, hashedId);

        var data = (await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK)).GetProperty("data");
        Assert.Equal(Encoding.UTF8.GetBytes("رونيكا"), Encoding.UTF8.GetBytes(data.GetProperty("name").GetString()!));
        Assert.Equal("نادم كچائي", data.GetProperty("family").GetString());
        Assert.Contains('\u064A', data.GetProperty("name").GetString()!);
        Assert.Contains('\u0643', data.GetProperty("family").GetString()!);
    }

    [Fact]
    public async Task NationalIdIsNeverDisclosed()
    {
        var (_, token, _, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoAsync(client, token, hashedId);

        var data = (await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK)).GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("nationalId").ValueKind);
        Assert.DoesNotContain("1234567890", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnverifiedUserGetsOnlyIdHashedIdAndMobile()
    {
        var (_, token, userId, hashedId) = await HandedOffAsync(verified: false);
        using var response = await ShadHttp.UserInfoAsync(client, token, hashedId);

        var data = (await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK)).GetProperty("data");
        Assert.Equal(userId, data.GetProperty("id").GetInt64());
        Assert.Equal(hashedId, data.GetProperty("hashedId").GetString());
        Assert.Equal("989226670378", data.GetProperty("mobile").GetString());
        Assert.All(
            data.EnumerateObject().Where(p => p.Name is not ("id" or "hashedId" or "mobile")),
            p => Assert.Equal(JsonValueKind.Null, p.Value.ValueKind));
    }

    [Theory]
    [InlineData("/api/v1/shadevent")]
    [InlineData("/api/v1/ShadEvent/")]
    [InlineData("/API/V1/SHADEVENT/")]
    public async Task UserInfoPathIgnoresCaseAndToleratesATrailingSlash(string path)
    {
        var (_, token, _, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoAsync(client, token, hashedId, path);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task LowerCaseHashedIdFindsTheSameUser()
    {
        var (_, token, userId, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoAsync(client, token, hashedId.ToLowerInvariant());

        Assert.Equal(userId, (await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK)).GetProperty("data").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task UnknownUserHashIdIs404WithTheEnvelope()
    {
        var (_, token, _, _) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoAsync(client, token, "D4-76-29-46-BA-E1-88-74-C1-51-89-2A-D1-A8-58-C0");

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MissingUserHashIdIs400()
    {
        var (_, token, _, _) = await HandedOffAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/ShadEvent");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(request);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task MissingBearerIs401WithABearerChallenge()
    {
        var (_, _, _, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoAsync(client, null, hashedId);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.c2ln")]
    [InlineData("")]
    public async Task GarbageBearerIs401(string token)
    {
        var (_, _, _, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoAsync(client, token, hashedId);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TokenRewrittenToClaimAnotherEventIs401()
    {
        var (_, token, _, _) = await HandedOffAsync();
        var (other, _, _, otherHashedId) = await HandedOffAsync();
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]));
        using var claims = JsonDocument.Parse(payload);
        var forged = payload.Replace(
            $"\"lid\":{claims.RootElement.GetProperty("lid").GetInt64()}", $"\"lid\":{other.LandingId}", StringComparison.Ordinal)
            .Replace($"\"sub\":\"{claims.RootElement.GetProperty("sub").GetString()}\"", "\"sub\":\"1\"", StringComparison.Ordinal);
        var forgedToken = parts[0] + "." + System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(forged)) + "." + parts[2];

        using var response = await ShadHttp.UserInfoAsync(client, forgedToken, otherHashedId);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TokenOfOneEventCannotReadUsersHandedOffToAnother()
    {
        var (_, token, _, _) = await HandedOffAsync();
        var (_, _, _, otherHashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoAsync(client, token, otherHashedId);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RotatingTheEventsKeyInvalidatesItsTokens()
    {
        var (shadEvent, token, _, hashedId) = await HandedOffAsync();
        await fixture.Factory.RotateShadApiKeyAsync(shadEvent.LandingId);
        using var response = await ShadHttp.UserInfoAsync(client, token, hashedId);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
        using var again = await ShadHttp.UserInfoAsync(client, await ShadHttp.TokenAsync(client, shadEvent), hashedId);
        await ShadHttp.EnvelopeAsync(again, HttpStatusCode.OK);
    }

    [Fact]
    public async Task DisablingTheEventInvalidatesItsTokensEvenAfterReEnabling()
    {
        var (shadEvent, token, _, hashedId) = await HandedOffAsync();
        await fixture.Factory.SetShadEventEnabledAsync(shadEvent.LandingId, enabled: false);
        using var disabled = await ShadHttp.UserInfoAsync(client, token, hashedId);
        await ShadHttp.EnvelopeAsync(disabled, HttpStatusCode.Unauthorized);

        await fixture.Factory.SetShadEventEnabledAsync(shadEvent.LandingId, enabled: true);
        using var reenabled = await ShadHttp.UserInfoAsync(client, token, hashedId);
        await ShadHttp.EnvelopeAsync(reenabled, HttpStatusCode.Unauthorized);
    }
}
