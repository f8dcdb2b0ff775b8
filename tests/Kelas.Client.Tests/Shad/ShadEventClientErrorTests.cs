using System.Net;
using Kelas.Client.Shad;
using Kelas.Client.Tests.Support;

namespace Kelas.Client.Tests.Shad;

public class ShadEventClientErrorTests
{
    private static StubHttpHandler Answering(Func<HttpResponseMessage> user) =>
        new((request, _) => Task.FromResult(ShadTestClient.IsLogin(request) ? ShadTestClient.Login("token") : user()));

    [Fact]
    public async Task NotFound404IsThrownAsUserNotFoundWithTheDescription()
    {
        var handler = Answering(() => ShadTestClient.Failure(HttpStatusCode.NotFound, "کاربر یافت نشد"));

        var error = await Assert.ThrowsAsync<ShadUserNotFoundException>(() => ShadTestClient.Create(handler).GetUserInfoAsync(ShadTestClient.HashedId));

        Assert.Equal(HttpStatusCode.NotFound, error.HttpStatusCode);
        Assert.Equal("کاربر یافت نشد", error.Description);
    }

    [Fact]
    public async Task ApiKeyCallMaps404And401()
    {
        var notFound = Answering(() => ShadTestClient.Failure(HttpStatusCode.NotFound, "کاربر یافت نشد"));
        var unauthorized = Answering(() => ShadTestClient.Failure(HttpStatusCode.Unauthorized, "کلید دسترسی نامعتبر است"));

        await Assert.ThrowsAsync<ShadUserNotFoundException>(() => ShadTestClient.Create(notFound).GetUserInfoByApiKeyAsync(ShadTestClient.HashedId));
        var error = await Assert.ThrowsAsync<ShadException>(() => ShadTestClient.Create(unauthorized).GetUserInfoByApiKeyAsync(ShadTestClient.HashedId));
        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatusCode);
        Assert.Single(unauthorized.Requests);
    }

    [Fact]
    public async Task WrongCredentialsAtLoginAre401WithoutARetryLoop()
    {
        var handler = new StubHttpHandler((_, _) => Task.FromResult(ShadTestClient.Failure(HttpStatusCode.Unauthorized, "نام کاربری یا رمز عبور اشتباه است")));

        var error = await Assert.ThrowsAsync<ShadException>(() => ShadTestClient.Create(handler).GetUserInfoAsync(ShadTestClient.HashedId));

        Assert.Equal(HttpStatusCode.Unauthorized, error.HttpStatusCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task UnverifiedUsersFieldsAreNull()
    {
        var handler = Answering(() => ShadTestClient.User(
            """{"id":516223,"nationalId":null,"hashedId":"E7-17-70-D6-D0-37-26-FE-4F-74-A7-ED-89-23-46-FC","name":null,"family":null,"event":null,"provinceName":null,"mobile":"989388332389","courseStudy":null,"districtName":null,"fundamentalId":null,"role":null}"""));

        var user = await ShadTestClient.Create(handler).GetUserInfoAsync("E7-17-70-D6-D0-37-26-FE-4F-74-A7-ED-89-23-46-FC");

        Assert.Equal(new ShadUserInfo { Id = 516223, HashedId = "E7-17-70-D6-D0-37-26-FE-4F-74-A7-ED-89-23-46-FC", Mobile = "989388332389" }, user);
    }

    [Fact]
    public async Task ServiceUnavailableIsRetriedThenSucceeds()
    {
        var time = new InstantTimeProvider();
        var handler = StubHttpHandler.Sequence(
            () => StubHttpHandler.ServiceUnavailable(r => r.Headers.Add("Retry-After", "2")),
            () => ShadTestClient.User());

        var user = await ShadTestClient.Create(handler, ShadTestClient.Options(time)).GetUserInfoByApiKeyAsync(ShadTestClient.HashedId);

        Assert.Equal(516222, user.Id);
        Assert.Equal([TimeSpan.FromSeconds(2)], time.Delays);
    }

    [Fact]
    public async Task TransportFailuresAreRetriedThenThrownWithoutSecretsInTheLog()
    {
        var logger = new ListLogger();
        var handler = new StubHttpHandler((_, _) => throw new HttpRequestException("connection refused for pass-word key-123"));

        var error = await Assert.ThrowsAsync<ShadException>(
            () => ShadTestClient.Create(handler, ShadTestClient.Options(new InstantTimeProvider()), logger).GetUserInfoAsync(ShadTestClient.HashedId));

        Assert.Null(error.HttpStatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(4, handler.Requests.Count);
        Assert.DoesNotContain("pass-word", error.Message);
        Assert.DoesNotContain("pass-word", logger.AllText);
        Assert.DoesNotContain("key-123", logger.AllText);
        Assert.NotEmpty(logger.Entries);
    }

    [Fact]
    public void CredentialsNeverShowTheirSecrets()
    {
        var text = new ShadEventCredentials(1001, "org", "pass-word", "key-123").ToString();

        Assert.Contains("1001", text);
        Assert.DoesNotContain("pass-word", text);
        Assert.DoesNotContain("key-123", text);
    }

    [Fact]
    public void ClientWithoutPasswordOrApiKeyIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ShadEventClient(new Uri("https://shad.example/"), new ShadEventCredentials(1001, "org")));
    }
}
