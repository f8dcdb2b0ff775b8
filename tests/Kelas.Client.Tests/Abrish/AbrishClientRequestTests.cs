using System.Security.Cryptography;
using System.Text;
using Kelas.Client.Abrish;
using Kelas.Client.Tests.Support;

namespace Kelas.Client.Tests.Abrish;

public sealed class AbrishClientRequestTests
{
    private static string Sha1(string text) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task GetOrganizationsPostsParamsAndTheSha1ChecksumOfTheExactStringSent()
    {
        var options = AbrishTestClient.Options();
        var handler = AbrishTestClient.Answering("[]");

        await AbrishTestClient.Create(handler, options).GetOrganizationsAsync();

        var request = handler.Single();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(AbrishTestClient.ServiceUrl, request.Uri.AbsoluteUri);
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType);
        var parameters = request.ParamsJson();
        Assert.Equal(options.RegisterName, parameters["serviceusername"]!.GetValue<string>());
        Assert.Equal("Organization", parameters["mod"]!.GetValue<string>());
        Assert.Equal("getAll", parameters["action"]!.GetValue<string>());
        Assert.Equal(Sha1(request.RawParams() + options.ApiKey), request.Form()["checksum"]);
        Assert.DoesNotContain(options.ApiKey!, request.Body);
    }

    [Fact]
    public async Task SaveUserSendsEveryFieldAsTheServiceNamesIt()
    {
        var handler = AbrishTestClient.Answering("""{"id":42}""");

        var id = await AbrishTestClient.Create(handler).SaveUserAsync(7, new SaveAbrishUserRequest
        {
            FirstName = "علی",
            LastName = "رضایی",
            UserName = "ali",
            Gender = AbrishGender.Male,
            SpecialAccess = true,
            IsEnabled = false,
            BirthDate = "1370/01/02",
            Cell = "09121234567",
            Password = "secret",
        });

        Assert.Equal(42, id);
        var p = handler.Single().ParamsJson();
        Assert.Equal("postUser", p["action"]!.GetValue<string>());
        Assert.Equal(7, p["id"]!.GetValue<long>());
        Assert.Equal(0, p["userid"]!.GetValue<long>());
        Assert.Equal("علی", p["firstname"]!.GetValue<string>());
        Assert.Equal("رضایی", p["lastname"]!.GetValue<string>());
        Assert.Equal("ali", p["username"]!.GetValue<string>());
        Assert.Equal(1, p["gender"]!.GetValue<int>());
        Assert.Equal(1, p["specialaccess"]!.GetValue<int>());
        Assert.Equal(0, p["isenable"]!.GetValue<int>());
        Assert.Equal("1370/01/02", p["birthdate"]!.GetValue<string>());
        Assert.Equal("09121234567", p["cell"]!.GetValue<string>());
        Assert.Equal("secret", p["password"]!.GetValue<string>());
    }

    [Fact]
    public async Task SaveUserAgainstAServiceThatAnswersNothingReturnsTheGivenUserId()
    {
        var handler = AbrishTestClient.Answering("[]");

        var id = await AbrishTestClient.Create(handler).SaveUserAsync(7, new SaveAbrishUserRequest
        {
            UserId = 19, FirstName = "a", LastName = "b", UserName = "c", Gender = AbrishGender.Female,
        });

        Assert.Equal(19, id);
    }

    [Fact]
    public async Task HardenedOptionsSignWithSha256AndAddATimestampAndAFreshNonce()
    {
        var clock = new InstantTimeProvider();
        var options = AbrishTestClient.Options(clock);
        options.UseSha256Checksum = true;
        options.SendReplayProtection = true;
        var handler = AbrishTestClient.Answering("[]");
        var client = AbrishTestClient.Create(handler, options);

        await client.GetOrganizationsAsync();
        await client.GetOrganizationsAsync();

        var requests = handler.Requests;
        var first = requests[0];
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first.RawParams() + options.ApiKey)));
        Assert.Equal(expected, first.Form()["checksum"]);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds(), first.ParamsJson()["timestamp"]!.GetValue<long>());
        Assert.Matches("^[0-9a-f]{32}$", first.ParamsJson()["nonce"]!.GetValue<string>());
        Assert.NotEqual(first.ParamsJson()["nonce"]!.GetValue<string>(), requests[1].ParamsJson()["nonce"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARetriedRequestKeepsItsParamsAndNonce()
    {
        var options = AbrishTestClient.Options();
        options.SendReplayProtection = true;
        var handler = StubHttpHandler.Sequence(() => StubHttpHandler.ServiceUnavailable(), () => StubHttpHandler.Envelope("[]"));

        await AbrishTestClient.Create(handler, options).GetOrganizationsAsync();

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(handler.Requests[0].Body, handler.Requests[1].Body);
    }

    [Fact]
    public void ComputeChecksumIsLowerCaseHexOfParamsFollowedByTheKey()
    {
        Assert.Equal(Sha1("{\"a\":1}key"), AbrishClient.ComputeChecksum("{\"a\":1}", "key"));
        Assert.Equal(64, AbrishClient.ComputeChecksum("{}", "key", useSha256: true).Length);
    }

    [Fact]
    public async Task EndpointEndingInServicePhpIsUsedAsIs()
    {
        var options = AbrishTestClient.Options();
        options.Endpoint = new Uri("http://kelas.test/abrish/service.php");
        var handler = AbrishTestClient.Answering("[]");

        await AbrishTestClient.Create(handler, options).GetOrganizationsAsync();

        Assert.Equal("http://kelas.test/abrish/service.php", handler.Single().Uri.AbsoluteUri);
    }
}
