using System.Net;
using Kelas.Shad.Tests.Support;

namespace Kelas.Shad.Tests.Api;

public sealed class LoginTests(ShadApiFixture fixture) : IClassFixture<ShadApiFixture>
{
    private readonly HttpClient client = fixture.Factory.CreateClient();

    [Fact]
    public async Task LoginAnswersTheTokenWithStatusCodeAsTheStringOk()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        using var response = await client.PostAsync("/api/v1/Account/login", ShadHttp.Json(
            $$"""{"landingId":{{shadEvent.LandingId}},"username":"{{shadEvent.Username}}","password":"{{shadEvent.Password}}"}"""));

        var envelope = await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK);
        Assert.Equal("OK", envelope.GetProperty("statusCode").GetString());
        Assert.Equal("با موفقیت انجام شد", envelope.GetProperty("description").GetString());
        Assert.Equal(3, envelope.GetProperty("data").GetString()!.Split('.').Length);
        Assert.Contains("\"description\":\"با موفقیت انجام شد\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v1/account/login/")]
    [InlineData("/API/V1/ACCOUNT/LOGIN")]
    [InlineData("/api/v1/Account/login/")]
    public async Task LoginPathIgnoresCaseAndToleratesATrailingSlash(string path)
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        using var response = await ShadHttp.LoginAsync(client, shadEvent, path);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task LoginAcceptsLandingIdAsANumericStringAndPropertyNamesInAnyCasing()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        using var response = await client.PostAsync("/api/v1/Account/login", ShadHttp.Json(
            $$"""{"LandingId":"{{shadEvent.LandingId}}","UserName":"{{shadEvent.Username}}","PASSWORD":"{{shadEvent.Password}}"}"""));

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task WrongPasswordIs401WithTheEnvelope()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        using var response = await ShadHttp.LoginAsync(client, shadEvent with { Password = shadEvent.Password + "x" });

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task WrongUsernameIs401()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        using var response = await ShadHttp.LoginAsync(client, shadEvent with { Username = "someone-else" });

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CredentialsOfOneEventDoNotOpenAnother()
    {
        var first = await fixture.Factory.CreateShadEventAsync();
        var second = await fixture.Factory.CreateShadEventAsync();
        using var response = await ShadHttp.LoginAsync(client, first with { LandingId = second.LandingId });

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnknownLandingIdIs401()
    {
        using var response = await ShadHttp.LoginAsync(client, new ShadTestEvent(987_654_321, "nobody", "password1", ""));

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DisabledEventCannotLogIn()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        await fixture.Factory.SetShadEventEnabledAsync(shadEvent.LandingId, enabled: false);
        using var response = await ShadHttp.LoginAsync(client, shadEvent);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("{\"landingId\":")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"username\":\"a\",\"password\":\"b\"}")]
    [InlineData("{\"landingId\":\"abc\",\"username\":\"a\",\"password\":\"b\"}")]
    [InlineData("{\"landingId\":5,\"password\":\"b\"}")]
    public async Task MalformedLoginBodyIs400WithTheEnvelope(string body)
    {
        using var response = await client.PostAsync("/api/v1/Account/login", ShadHttp.Json(body));

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task EleventhLoginAttemptInAMinuteIs429WithRetryAfterAndOtherEventsAreUnaffected()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        var other = await fixture.Factory.CreateShadEventAsync();
        for (var i = 0; i < 10; i++)
        {
            using var attempt = await ShadHttp.LoginAsync(client, shadEvent with { Password = "wrong-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        using var limited = await ShadHttp.LoginAsync(client, shadEvent);
        await ShadHttp.EnvelopeAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);

        using var unaffected = await ShadHttp.LoginAsync(client, other);
        await ShadHttp.EnvelopeAsync(unaffected, HttpStatusCode.OK);
    }
}
