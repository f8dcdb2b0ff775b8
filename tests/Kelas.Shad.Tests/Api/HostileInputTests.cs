using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kelas.Core.Commands;
using Kelas.Shad.Data;
using Kelas.Shad.Events;
using Kelas.Shad.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Shad.Tests.Api;

/// <summary>Bad input of every kind answers the envelope with the right status, and a refused request changes nothing.</summary>
public sealed class HostileInputTests(ShadApiFixture fixture) : IClassFixture<ShadApiFixture>
{
    private const string LoginPath = "/api/v1/Account/login";
    private const string UnknownHash = "C3-A4-F5-C2-27-14-D9-56-A6-A0-AE-90-3A-E0-CF-2E";

    private readonly HttpClient client = fixture.Factory.CreateClient();

    private static ByteArrayContent Bytes(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private async Task<(ShadTestEvent Event, string HashedId)> HandedOffAsync()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        var userId = ShadApiFixture.NewUserId();
        await fixture.Factory.AddShadUserAsync(userId, verified: true);
        var (_, hashedId) = await fixture.Factory.HandOffShadUserAsync(shadEvent.LandingId, userId);
        return (shadEvent, hashedId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("42")]
    [InlineData("\"landingId\"")]
    [InlineData("[{\"landingId\":1,\"username\":\"a\",\"password\":\"b\"}]")]
    [InlineData("{\"landingId\":1,\"username\":\"a\",\"password\":\"b\"")]
    [InlineData("{\"landingId\":1,\"username\":\"a\",\"password\":\"b\"}}")]
    [InlineData("{'landingId':1,'username':'a','password':'b'}")]
    [InlineData("{\"landingId\":1,\"username\":\"a\",\"password\":\"b\",}")]
    public async Task LoginBodyThatIsNotOneJsonObjectIs400(string body)
    {
        using var response = await client.PostAsync(LoginPath, ShadHttp.Json(body));

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("{\"landingId\":{},\"username\":\"u\",\"password\":\"p\"}")]
    [InlineData("{\"landingId\":[7001],\"username\":\"u\",\"password\":\"p\"}")]
    [InlineData("{\"landingId\":true,\"username\":\"u\",\"password\":\"p\"}")]
    [InlineData("{\"landingId\":null,\"username\":\"u\",\"password\":\"p\"}")]
    [InlineData("{\"landingId\":1e400,\"username\":\"u\",\"password\":\"p\"}")]
    [InlineData("{\"landingId\":99999999999999999999,\"username\":\"u\",\"password\":\"p\"}")]
    [InlineData("{\"landingId\":\"99999999999999999999\",\"username\":\"u\",\"password\":\"p\"}")]
    [InlineData("{\"landingId\":-1,\"username\":\"u\",\"password\":\"p\"}")]
    [InlineData("{\"landingId\":\"-1\",\"username\":\"u\",\"password\":\"p\"}")]
    [InlineData("{\"landingId\":0,\"username\":\"u\",\"password\":\"p\"}")]
    [InlineData("{\"landingId\":1.5,\"username\":\"u\",\"password\":\"p\"}")]
    [InlineData("{\"landingId\":\"\",\"username\":\"u\",\"password\":\"p\"}")]
    [InlineData("{\"landingId\":1,\"username\":{},\"password\":\"p\"}")]
    [InlineData("{\"landingId\":1,\"username\":[\"u\"],\"password\":\"p\"}")]
    [InlineData("{\"landingId\":1,\"username\":true,\"password\":\"p\"}")]
    [InlineData("{\"landingId\":1,\"username\":null,\"password\":\"p\"}")]
    [InlineData("{\"landingId\":1,\"username\":\"u\",\"password\":{\"p\":1}}")]
    [InlineData("{\"landingId\":1,\"username\":\"u\",\"password\":[]}")]
    [InlineData("{\"landingId\":1,\"username\":\"u\",\"password\":false}")]
    [InlineData("{\"landingId\":1,\"username\":\"\",\"password\":\"p\"}")]
    public async Task LoginFieldOfTheWrongTypeOrOutOfRangeIs400(string body)
    {
        using var response = await client.PostAsync(LoginPath, ShadHttp.Json(body));

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DeeplyNestedLoginBodyIs400()
    {
        using var response = await client.PostAsync(LoginPath, ShadHttp.Json(new string('[', 10_000) + new string(']', 10_000)));

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DeeplyNestedValueInsideTheLoginObjectIs400()
    {
        using var response = await client.PostAsync(
            LoginPath, ShadHttp.Json("{\"landingId\":1,\"username\":\"u\",\"password\":\"p\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}"));

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task LoginBodyWithInvalidUtf8BytesIs400()
    {
        var body = Encoding.UTF8.GetBytes("{\"landingId\":1,\"username\":\"u\",\"password\":\"p\"}").ToList();
        body.InsertRange(body.IndexOf((byte)'u') + 1, new byte[] { 0xC3, 0x28, 0xFF, 0xFE });
        using var response = await client.PostAsync(LoginPath, Bytes([.. body]));

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("username")]
    [InlineData("password")]
    public async Task LoneSurrogateInALoginStringIs400(string field)
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        var username = field == "username" ? "\\ud800" + shadEvent.Username : shadEvent.Username;
        var password = field == "password" ? shadEvent.Password + "\\udfff" : shadEvent.Password;
        using var response = await client.PostAsync(
            LoginPath, ShadHttp.Json($$"""{"landingId":{{shadEvent.LandingId}},"username":"{{username}}","password":"{{password}}"}"""));

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task NulCharactersInTheUsernameAreWrongCredentialsNotAFailure()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        using var response = await client.PostAsync(
            LoginPath, ShadHttp.Json($$"""{"landingId":{{shadEvent.LandingId}},"username":"{{shadEvent.Username}}\u0000","password":"{{shadEvent.Password}}"}"""));

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OneMegabyteUsernameIs400AndDoesNotCountAsAnAttempt()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        for (var i = 0; i < 12; i++)
        {
            using var oversized = await client.PostAsync(
                LoginPath, ShadHttp.Json($$"""{"landingId":{{shadEvent.LandingId}},"username":"{{new string('u', 1_000_000)}}","password":"{{shadEvent.Password}}"}"""));
            await ShadHttp.EnvelopeAsync(oversized, HttpStatusCode.BadRequest);
        }

        using var genuine = await ShadHttp.LoginAsync(client, shadEvent);
        await ShadHttp.EnvelopeAsync(genuine, HttpStatusCode.OK);
    }

    [Fact]
    public async Task TenMegabyteChunkedLoginBodyIs400()
    {
        var body = "{\"landingId\":1,\"username\":\"u\",\"password\":\"" + new string('p', 10 * 1024 * 1024) + "\"}";
        var content = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, LoginPath) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task MalformedBodiesNamingALandingIdDoNotSpendItsLoginAttempts()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        for (var i = 0; i < 15; i++)
        {
            using var malformed = await client.PostAsync(
                LoginPath, ShadHttp.Json($$"""{"landingId":{{shadEvent.LandingId}},"username":"{{shadEvent.Username}}","password":[]}"""));
            await ShadHttp.EnvelopeAsync(malformed, HttpStatusCode.BadRequest);
        }

        using var genuine = await ShadHttp.LoginAsync(client, shadEvent);
        await ShadHttp.EnvelopeAsync(genuine, HttpStatusCode.OK);
    }

    [Fact]
    public async Task DuplicateLoginKeysAreReadLastOneWinsAsAspNetBindingDoes()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        using var lastRight = await client.PostAsync(LoginPath, ShadHttp.Json(
            $$"""{"landingId":{{shadEvent.LandingId}},"username":"nobody","username":"{{shadEvent.Username}}","password":"{{shadEvent.Password}}"}"""));
        using var lastWrong = await client.PostAsync(LoginPath, ShadHttp.Json(
            $$"""{"landingId":{{shadEvent.LandingId}},"username":"{{shadEvent.Username}}","password":"{{shadEvent.Password}}","password":"wrong-password"}"""));

        await ShadHttp.EnvelopeAsync(lastRight, HttpStatusCode.OK);
        await ShadHttp.EnvelopeAsync(lastWrong, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ParallelLoginsOfOneEventGetExactlyTheLimitThrough()
    {
        var shadEvent = await fixture.Factory.CreateShadEventAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => ShadHttp.LoginAsync(client, shadEvent)));

        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(15, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        foreach (var response in responses)
        {
            await ShadHttp.EnvelopeAsync(response, response.StatusCode);
            response.Dispose();
        }
    }

    [Theory]
    [InlineData("GET", "/api/v1/Account/login", "POST")]
    [InlineData("DELETE", "/api/v1/account/login/", "POST")]
    [InlineData("POST", "/api/v1/ShadEvent?UserHashId=x", "GET")]
    [InlineData("PUT", "/api/v1/ShadEvent/GetUserInfoByApiKey?EventId=1&UserHashId=x", "GET")]
    public async Task WrongMethodAnswers405WithTheEnvelope(string method, string path, string allowed)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await ShadHttp.EnvelopeAsync(response, System.Net.HttpStatusCode.MethodNotAllowed);
        Assert.Equal([allowed], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("99999999999999999999")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("0x1F")]
    [InlineData("")]
    public async Task EventIdOutOfRangeOrNotAWholeNumberIs400(string eventId)
    {
        var (shadEvent, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId={Uri.EscapeDataString(eventId)}&UserHashId={hashedId}");

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task EventIdZeroIsAnUnknownEvent401()
    {
        var (shadEvent, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId=0&UserHashId={hashedId}");

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("C3-A4-F5-C2-27-14-D9-56-A6-A0-AE-90-3A-E0-CF-2E%00")]
    [InlineData("%ED%A0%80")]
    [InlineData("%FF%FE")]
    [InlineData("%27%20OR%201%3D1%20--")]
    public async Task HostileUserHashIdIs404(string escapedHash)
    {
        var (shadEvent, _) = await HandedOffAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/ShadEvent/GetUserInfoByApiKey?EventId={shadEvent.LandingId}&UserHashId={escapedHash}");
        request.Headers.Add("apiKey", shadEvent.ApiKey);
        using var response = await client.SendAsync(request);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HundredKilobyteUserHashIdIs404ForTokenAndApiKey()
    {
        var (shadEvent, _) = await HandedOffAsync();
        var token = await ShadHttp.TokenAsync(client, shadEvent);
        var huge = new string('A', 100_000);

        using var byToken = await ShadHttp.UserInfoAsync(client, token, huge);
        using var byKey = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId={shadEvent.LandingId}&UserHashId={huge}");

        await ShadHttp.EnvelopeAsync(byToken, HttpStatusCode.NotFound);
        await ShadHttp.EnvelopeAsync(byKey, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OversizedApiKeyHeaderIs401()
    {
        var (shadEvent, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoByApiKeyAsync(client, new string('k', 100_000), $"EventId={shadEvent.LandingId}&UserHashId={hashedId}");

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OversizedBearerIs401()
    {
        var (_, hashedId) = await HandedOffAsync();
        using var response = await ShadHttp.UserInfoAsync(client, new string('e', 50_000) + "." + new string('e', 50_000) + ".sig", hashedId);

        await ShadHttp.EnvelopeAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnotherEventsHashedIdAnswersExactlyLikeAnUnknownOneByTokenAndByApiKey()
    {
        var (shadEvent, _) = await HandedOffAsync();
        var (_, foreignHash) = await HandedOffAsync();
        var token = await ShadHttp.TokenAsync(client, shadEvent);

        using var foreignByToken = await ShadHttp.UserInfoAsync(client, token, foreignHash);
        using var unknownByToken = await ShadHttp.UserInfoAsync(client, token, UnknownHash);
        using var foreignByKey = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId={shadEvent.LandingId}&UserHashId={foreignHash}");
        using var unknownByKey = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId={shadEvent.LandingId}&UserHashId={UnknownHash}");

        Assert.Equal(HttpStatusCode.NotFound, foreignByToken.StatusCode);
        Assert.Equal(await unknownByToken.Content.ReadAsStringAsync(), await foreignByToken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, foreignByKey.StatusCode);
        Assert.Equal(await unknownByKey.Content.ReadAsStringAsync(), await foreignByKey.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnotherEventsIdWithThisApiKeyAnswersExactlyLikeAnUnknownEventId()
    {
        var (shadEvent, hashedId) = await HandedOffAsync();
        var (other, _) = await HandedOffAsync();

        using var foreign = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId={other.LandingId}&UserHashId={hashedId}");
        using var unknown = await ShadHttp.UserInfoByApiKeyAsync(client, shadEvent.ApiKey, $"EventId=987654321987&UserHashId={hashedId}");

        await ShadHttp.EnvelopeAsync(foreign, HttpStatusCode.Unauthorized);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await foreign.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ParallelCreatesOfOneLandingIdStoreExactlyOneEvent()
    {
        const long landingId = 4_400_001;
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<EventAdmin>()
                    .CreateAsync(landingId, "Race " + i, "https://organizer.example/race", "race" + i, "password-" + i, CancellationToken.None);
                return (Created: true, Message: "");
            }
            catch (OperatorException exception)
            {
                return (Created: false, exception.Message);
            }
        }));

        Assert.Single(attempts, a => a.Created);
        Assert.All(attempts.Where(a => !a.Created), a => Assert.Contains("already exists", a.Message));
        await using var check = fixture.Factory.Services.CreateAsyncScope();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<ShadDbContext>().Events.CountAsync(e => e.LandingId == landingId));
    }

    [Theory]
    [InlineData("event=99999999999999999999&user=1")]
    [InlineData("event=1e400&user=1")]
    [InlineData("event=-1&user=1")]
    [InlineData("event=1&user=-5")]
    [InlineData("event=1&user=abc")]
    public async Task LaunchWithOutOfRangeNumbersIs400AndHandsNobodyOff(string query)
    {
        using var factory = new KelasFactory(new Dictionary<string, string?> { ["Shad:OperatorKey"] = "operator-key-for-tests" });
        var launchClient = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/kelas/shad/launch?" + query + "&format=json");
        request.Headers.Add("X-Kelas-Operator-Key", "operator-key-for-tests");

        using var response = await launchClient.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ShadDbContext>().EventUsers.CountAsync());
    }
}
