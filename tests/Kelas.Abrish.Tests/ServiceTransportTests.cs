using System.Net;
using System.Text;
using Kelas.Abrish.Wire;

namespace Kelas.Abrish.Tests;

/// <summary>How requests travel: form fields, the checksum over the raw params, and the error envelope.</summary>
public sealed class ServiceTransportTests(AbrishApiFixture fixture) : IClassFixture<AbrishApiFixture>
{
    private AbrishWire Api => fixture.Api;

    [Fact]
    public async Task GetAllAnswersAnArrayForAUrlencodedPhpRequest()
    {
        var answer = await Api.CallAsync("getAll");

        Assert.Equal(System.Text.Json.JsonValueKind.Array, answer.ValueKind);
    }

    [Fact]
    public async Task GetAllAnswersAnArrayForAMultipartRequest()
    {
        var answer = await Api.CallAsync("getAll", multipart: true);

        Assert.Equal(System.Text.Json.JsonValueKind.Array, answer.ValueKind);
    }

    [Fact]
    public async Task ChecksumIsVerifiedOverTheRawParamsSoPrettyPrintedJsonWorks()
    {
        var parameters = "{\n    \"serviceusername\": \"" + fixture.Registrant.Name + "\",\n    \"mod\": \"Organization\",\n    \"action\": \"getAll\"\n}";

        var answer = await Api.SendAsync(parameters, AbrishWire.Sha1Hex(parameters + fixture.Registrant.ApiKey));

        Assert.Equal(System.Text.Json.JsonValueKind.Array, answer.ValueKind);
    }

    [Fact]
    public async Task ChecksumOfAReserializedParamsStringIsRejected()
    {
        var compact = AbrishWire.PhpJsonEncode(Api.Params("getAll"));
        var spaced = compact.Replace(",", ", ");

        var answer = await Api.SendAsync(spaced, AbrishWire.Sha1Hex(compact + fixture.Registrant.ApiKey));

        Assert.Equal(AbrishMessages.AuthenticationFailed, AbrishWire.Error(answer));
    }

    [Fact]
    public async Task UpperCaseHexChecksumIsAccepted()
    {
        var parameters = AbrishWire.PhpJsonEncode(Api.Params("getAll"));

        var answer = await Api.SendAsync(parameters, AbrishWire.Sha1Hex(parameters + fixture.Registrant.ApiKey).ToUpperInvariant());

        Assert.Equal(System.Text.Json.JsonValueKind.Array, answer.ValueKind);
    }

    [Fact]
    public async Task PhpEscapesAndReadableUtf8ParamsBothAuthenticate()
    {
        var organizationId = await fixture.NewOrganizationAsync();
        var fields = new Dictionary<string, object?> { ["id"] = organizationId, ["orgname"] = "شرکت یکتا/تهران" };
        var php = AbrishWire.PhpJsonEncode(Api.Params("saveName", fields));
        var utf8 = AbrishWire.Utf8Json(Api.Params("saveName", fields));
        Assert.Contains("\\u06cc", php);
        Assert.Contains("\\/", php);

        var first = await Api.SendAsync(php, AbrishWire.Sha1Hex(php + fixture.Registrant.ApiKey));
        var second = await Api.SendAsync(utf8, AbrishWire.Sha1Hex(utf8 + fixture.Registrant.ApiKey), multipart: true);

        Assert.Equal(AbrishMessages.OrganizationRenamed, first.GetProperty("success").GetString());
        Assert.Equal(AbrishMessages.OrganizationRenamed, second.GetProperty("success").GetString());
        var organizations = await Api.CallAsync("getAll");
        Assert.Contains(organizations.EnumerateArray(), o => o.GetProperty("name").GetString() == "شرکت یکتا/تهران");
    }

    [Fact]
    public async Task TamperedParamsWithTheOldChecksumAreRejected()
    {
        var parameters = AbrishWire.PhpJsonEncode(Api.Params("getAll"));
        var checksum = AbrishWire.Sha1Hex(parameters + fixture.Registrant.ApiKey);

        var answer = await Api.SendAsync(parameters.Replace("getAll", "getAlL"), checksum);

        Assert.Equal(AbrishMessages.AuthenticationFailed, AbrishWire.Error(answer));
    }

    [Fact]
    public async Task TamperedChecksumIsRejected()
    {
        var parameters = AbrishWire.PhpJsonEncode(Api.Params("getAll"));
        var checksum = AbrishWire.Sha1Hex(parameters + fixture.Registrant.ApiKey);
        var tampered = (checksum[0] == 'a' ? 'b' : 'a') + checksum[1..];

        var answer = await Api.SendAsync(parameters, tampered);

        Assert.Equal(AbrishMessages.AuthenticationFailed, AbrishWire.Error(answer));
    }

    [Fact]
    public async Task UnknownRegistrantGetsTheSameErrorAsAWrongChecksum()
    {
        var stranger = new AbrishWire(fixture.Factory.CreateClient(), new AbrishRegistrant(0, "nobody@example.com", fixture.Registrant.ApiKey));

        var unknown = await stranger.CallAsync("getAll");
        var wrongKey = await new AbrishWire(fixture.Factory.CreateClient(), fixture.Registrant with { ApiKey = fixture.Other.ApiKey }).CallAsync("getAll");

        Assert.Equal(AbrishMessages.AuthenticationFailed, AbrishWire.Error(unknown));
        Assert.Equal(AbrishWire.Error(wrongKey), AbrishWire.Error(unknown));
    }

    [Fact]
    public async Task MissingChecksumIsRejected()
    {
        var answer = await Api.SendAsync(AbrishWire.PhpJsonEncode(Api.Params("getAll")), checksum: null);

        Assert.Equal(AbrishMessages.AuthenticationFailed, AbrishWire.Error(answer));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public async Task MissingOrMalformedParamsAnswerTheParamsError(string? parameters)
    {
        var answer = await Api.SendAsync(parameters, "0000");

        Assert.Equal(AbrishMessages.InvalidParams, AbrishWire.Error(answer));
    }

    [Fact]
    public async Task GetIsAnsweredWithTheErrorEnvelopeAndHttp200()
    {
        using var response = await Api.Http.GetAsync(AbrishWire.Path);

        Assert.Equal(AbrishMessages.PostOnly, AbrishWire.Error(await AbrishWire.ReadAsync(response)));
    }

    [Fact]
    public async Task JsonBodyIsNotAFormAndAnswersTheParamsError()
    {
        using var response = await Api.Http.PostAsync(AbrishWire.Path, new StringContent("{\"params\":\"{}\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AbrishMessages.InvalidParams, AbrishWire.Error(await AbrishWire.ReadAsync(response)));
    }

    [Fact]
    public async Task UnknownModuleAndUnknownActionAreErrors()
    {
        var parameters = AbrishWire.PhpJsonEncode(new Dictionary<string, object?> { ["serviceusername"] = fixture.Registrant.Name, ["mod"] = "Role", ["action"] = "getAll" });
        var unknownModule = await Api.SendAsync(parameters, AbrishWire.Sha1Hex(parameters + fixture.Registrant.ApiKey));
        var unknownAction = await Api.CallAsync("deleteAll");
        var wrongCase = await Api.CallAsync("getall");

        Assert.Equal(AbrishMessages.UnknownModule, AbrishWire.Error(unknownModule));
        Assert.Equal(AbrishMessages.UnknownAction, AbrishWire.Error(unknownAction));
        Assert.Equal(AbrishMessages.UnknownAction, AbrishWire.Error(wrongCase));
    }
}
