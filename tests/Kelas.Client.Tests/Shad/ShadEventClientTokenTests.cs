using System.Net;
using System.Text.Json;
using Kelas.Client.Shad;
using Kelas.Client.Tests.Support;

namespace Kelas.Client.Tests.Shad;

public class ShadEventClientTokenTests
{
    private readonly InstantTimeProvider time = new();

    private StubHttpHandler Service(Func<int, string> tokenForLogin, Func<string, HttpResponseMessage>? userFor = null)
    {
        var logins = 0;
        return new StubHttpHandler((request, _) => Task.FromResult(ShadTestClient.IsLogin(request)
            ? ShadTestClient.Login(tokenForLogin(Interlocked.Increment(ref logins)))
            : userFor?.Invoke(request.Headers["Authorization"]) ?? ShadTestClient.User()));
    }

    [Fact]
    public async Task FirstCallLogsInWithTheEventsCredentialsThenSendsTheTokenAsBearer()
    {
        var token = ShadTestClient.Jwt(time.Now.AddHours(1));
        var handler = Service(_ => token);

        var user = await ShadTestClient.Create(handler, ShadTestClient.Options(time)).GetUserInfoAsync(ShadTestClient.HashedId);

        Assert.Equal(516222, user.Id);
        var (login, call) = (handler.Requests[0], handler.Requests[1]);
        Assert.Equal(HttpMethod.Post, login.Method);
        Assert.Equal("https://shad.example/api/v1/Account/login", login.Uri.AbsoluteUri);
        Assert.StartsWith("application/json", login.ContentType);
        using var body = JsonDocument.Parse(login.Body);
        Assert.Equal(1001, body.RootElement.GetProperty("landingId").GetInt64());
        Assert.Equal("org", body.RootElement.GetProperty("username").GetString());
        Assert.Equal("pass-word", body.RootElement.GetProperty("password").GetString());
        Assert.Equal($"https://shad.example/api/v1/ShadEvent?UserHashId={ShadTestClient.HashedId}", call.Uri.AbsoluteUri);
        Assert.Equal("Bearer " + token, call.Headers["Authorization"]);
    }

    [Fact]
    public async Task TokenIsCachedAcrossCalls()
    {
        var handler = Service(n => ShadTestClient.Jwt(time.Now.AddHours(1), n.ToString()));
        var client = ShadTestClient.Create(handler, ShadTestClient.Options(time));

        await client.GetUserInfoAsync(ShadTestClient.HashedId);
        time.Now = time.Now.AddMinutes(50);
        await client.GetUserInfoAsync(ShadTestClient.HashedId);
        await client.GetUserInfoAsync(ShadTestClient.HashedId);

        Assert.Equal(1, handler.Requests.Count(ShadTestClient.IsLogin));
        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public async Task TokenIsRenewedShortlyBeforeItExpires()
    {
        var handler = Service(n => ShadTestClient.Jwt(time.Now.AddHours(1), n.ToString()));
        var client = ShadTestClient.Create(handler, ShadTestClient.Options(time));

        await client.GetUserInfoAsync(ShadTestClient.HashedId);
        time.Now = time.Now.AddMinutes(59);
        await client.GetUserInfoAsync(ShadTestClient.HashedId);

        Assert.Equal(2, handler.Requests.Count(ShadTestClient.IsLogin));
        Assert.NotEqual(handler.Requests[1].Headers["Authorization"], handler.Requests[3].Headers["Authorization"]);
    }

    [Fact]
    public async Task OpaqueTokenIsTrustedForTheAssumedLifetime()
    {
        var handler = Service(n => "opaque-" + n);
        var client = ShadTestClient.Create(handler, ShadTestClient.Options(time));

        await client.GetUserInfoAsync(ShadTestClient.HashedId);
        time.Now = time.Now.AddMinutes(30);
        await client.GetUserInfoAsync(ShadTestClient.HashedId);
        time.Now = time.Now.AddMinutes(29);
        await client.GetUserInfoAsync(ShadTestClient.HashedId);

        Assert.Equal(2, handler.Requests.Count(ShadTestClient.IsLogin));
    }

    [Fact]
    public async Task Unauthorized401LogsInAgainOnceAndRetriesOnce()
    {
        var first = ShadTestClient.Jwt(time.Now.AddHours(1), "first");
        var second = ShadTestClient.Jwt(time.Now.AddHours(1), "second");
        var handler = Service(
            n => n == 1 ? first : second,
            authorization => authorization == "Bearer " + first
                ? ShadTestClient.Failure(HttpStatusCode.Unauthorized, "توکن نامعتبر است")
                : ShadTestClient.User());

        var user = await ShadTestClient.Create(handler, ShadTestClient.Options(time)).GetUserInfoAsync(ShadTestClient.HashedId);

        Assert.Equal(516222, user.Id);
        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(2, handler.Requests.Count(ShadTestClient.IsLogin));
        Assert.Equal("Bearer " + second, handler.Requests[3].Headers["Authorization"]);
    }

    [Fact]
    public async Task Persistent401IsThrownAfterOneReLogin()
    {
        var handler = Service(
            n => ShadTestClient.Jwt(time.Now.AddHours(1), n.ToString()),
            _ => ShadTestClient.Failure(HttpStatusCode.Unauthorized, "توکن نامعتبر است"));

        var error = await Assert.ThrowsAsync<ShadException>(
            () => ShadTestClient.Create(handler, ShadTestClient.Options(time)).GetUserInfoAsync(ShadTestClient.HashedId));

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatusCode);
        Assert.Equal("توکن نامعتبر است", error.Description);
        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public async Task ConcurrentFirstCallsShareOneLogin()
    {
        var handler = Service(n => ShadTestClient.Jwt(time.Now.AddHours(1), n.ToString()));
        var client = ShadTestClient.Create(handler, ShadTestClient.Options(time));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetUserInfoAsync(ShadTestClient.HashedId)));

        Assert.Equal(1, handler.Requests.Count(ShadTestClient.IsLogin));
    }

    [Fact]
    public async Task ApiKeyCallSendsTheKeyHeaderAndTheLandingIdAsEventIdWithoutLoggingIn()
    {
        var handler = Service(_ => "unused");

        await ShadTestClient.Create(handler, ShadTestClient.Options(time)).GetUserInfoByApiKeyAsync(ShadTestClient.HashedId);

        var request = handler.Single();
        Assert.Equal($"https://shad.example/api/v1/ShadEvent/GetUserInfoByApiKey?EventId=1001&UserHashId={ShadTestClient.HashedId}", request.Uri.AbsoluteUri);
        Assert.Equal("key-123", request.Headers["apiKey"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }
}
