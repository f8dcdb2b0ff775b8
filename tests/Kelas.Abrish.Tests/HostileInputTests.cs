using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kelas.Abrish.Data;
using Kelas.Abrish.Wire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Abrish.Tests;

/// <summary>Bad input of every kind answers HTTP 200 with <c>{"error": …}</c>, and a refused request stores nothing.</summary>
public sealed class HostileInputTests(AbrishApiFixture fixture) : IClassFixture<AbrishApiFixture>
{
    private AbrishWire Api => fixture.Api;

    private string Head(string action) =>
        $"\"serviceusername\":{JsonSerializer.Serialize(fixture.Registrant.Name)},\"mod\":\"Organization\",\"action\":\"{action}\"";

    /// <summary>Sends params text exactly as given, with a correct checksum over it.</summary>
    private Task<JsonElement> SendSignedAsync(string parameters) =>
        Api.SendAsync(parameters, AbrishWire.Sha1Hex(parameters + fixture.Registrant.ApiKey));

    private async Task<int> StoredUsersAsync(long organizationId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AbrishDbContext>().Users.CountAsync(u => u.OrganizationId == organizationId);
    }

    private async Task<Organization> StoredOrganizationAsync(long organizationId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AbrishDbContext>().Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId);
    }

    private static string UserJson(long org, string userName, string firstName = "\"مریم\"") =>
        $"\"id\":{org},\"userid\":0,\"firstname\":{firstName},\"lastname\":\"احمدی\",\"username\":\"{userName}\",\"gender\":2,\"password\":\"secret-1\"";

    [Theory]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("\"Organization\"")]
    [InlineData("{\"mod\":\"Organization\",\"action\":\"getAll\"")]
    [InlineData("{\"mod\":\"Organization\",\"action\":\"getAll\",}")]
    [InlineData("{'mod':'Organization','action':'getAll'}")]
    public async Task ParamsThatAreNotOneJsonObjectAnswerTheParamsError(string parameters)
    {
        Assert.Equal(AbrishMessages.InvalidParams, AbrishWire.Error(await SendSignedAsync(parameters)));
    }

    [Fact]
    public async Task DeeplyNestedParamsAnswerTheParamsError()
    {
        var parameters = "{" + Head("getAll") + ",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        Assert.Equal(AbrishMessages.InvalidParams, AbrishWire.Error(await SendSignedAsync(parameters)));
    }

    [Fact]
    public async Task LoneSurrogateInTheServiceUserNameAnswersTheParamsError()
    {
        var parameters = "{\"serviceusername\":\"\\ud800" + fixture.Registrant.Name + "\",\"mod\":\"Organization\",\"action\":\"getAll\"}";

        Assert.Equal(AbrishMessages.InvalidParams, AbrishWire.Error(await SendSignedAsync(parameters)));
    }

    [Theory]
    [InlineData("\"\\udc00مریم\"")]
    [InlineData("\"مریم\\ud83d\"")]
    [InlineData("\"مر\\u0000یم\"")]
    public async Task LoneSurrogateOrNulInANameAnswersTheParamsErrorAndStoresNoUser(string firstName)
    {
        var org = await fixture.NewOrganizationAsync();

        var answer = await SendSignedAsync("{" + Head("postUser") + "," + UserJson(org, "hostile1", firstName) + "}");

        Assert.Equal(AbrishMessages.InvalidParams, AbrishWire.Error(answer));
        Assert.Equal(0, await StoredUsersAsync(org));
        Assert.Equal(0, (await StoredOrganizationAsync(org)).UsersCount);
    }

    [Fact]
    public async Task NulInANewOrganizationNameAnswersTheParamsErrorAndKeepsTheOldName()
    {
        var org = await fixture.NewOrganizationAsync();
        var before = (await StoredOrganizationAsync(org)).Name;

        var answer = await SendSignedAsync("{" + Head("saveName") + $",\"id\":{org},\"orgname\":\"نام\\u0000تازه\"}}");

        Assert.Equal(AbrishMessages.InvalidParams, AbrishWire.Error(answer));
        Assert.Equal(before, (await StoredOrganizationAsync(org)).Name);
    }

    [Fact]
    public async Task InvalidUtf8BytesInParamsAnswerAnErrorAndStoreNothing()
    {
        var org = await fixture.NewOrganizationAsync();
        var prefix = Encoding.UTF8.GetBytes("{" + Head("postUser") + "," + UserJson(org, "bytes1", "\""));
        var suffix = Encoding.UTF8.GetBytes("\"}");
        byte[] raw = [.. prefix, 0xC3, 0x28, 0xFF, .. suffix];
        var checksum = Convert.ToHexStringLower(SHA1.HashData([.. raw, .. Encoding.UTF8.GetBytes(fixture.Registrant.ApiKey)]));
        var body = "params=" + string.Concat(raw.Select(b => "%" + b.ToString("X2"))) + "&checksum=" + checksum;
        using var content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");

        using var response = await Api.Http.PostAsync(AbrishWire.Path, content);

        Assert.Equal(AbrishMessages.InvalidParams, AbrishWire.Error(await AbrishWire.ReadAsync(response)));
        Assert.Equal(0, await StoredUsersAsync(org));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[1]")]
    [InlineData("1e400")]
    [InlineData("99999999999999999999")]
    [InlineData("\"99999999999999999999\"")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("\"\"")]
    public async Task OrganizationIdOfTheWrongTypeOrOutOfRangeIsNotFoundInEveryAction(string id)
    {
        var org = await fixture.NewOrganizationAsync();

        var saveName = await SendSignedAsync("{" + Head("saveName") + $",\"id\":{id},\"orgname\":\"تغییر\"}}");
        var list = await SendSignedAsync("{" + Head("getAllUsers") + $",\"id\":{id}}}");
        var post = await SendSignedAsync("{" + Head("postUser") + "," + UserJson(org, "wrongid1").Replace($"\"id\":{org}", $"\"id\":{id}") + "}");

        Assert.Equal(AbrishMessages.OrganizationNotFound, AbrishWire.Error(saveName));
        Assert.Equal(AbrishMessages.OrganizationNotFound, AbrishWire.Error(list));
        Assert.Equal(AbrishMessages.OrganizationNotFound, AbrishWire.Error(post));
        Assert.Equal(0, await StoredUsersAsync(org));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[0]")]
    [InlineData("1e400")]
    [InlineData("99999999999999999999")]
    [InlineData("1.5")]
    public async Task PageOfTheWrongTypeOrOutOfRangeIsTheInvalidPageError(string page)
    {
        var org = await fixture.NewOrganizationAsync();

        var answer = await SendSignedAsync("{" + Head("getAllUsers") + $",\"id\":{org},\"page\":{page}}}");

        Assert.Equal(AbrishMessages.InvalidPage, AbrishWire.Error(answer));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[\"نام\"]")]
    public async Task OrganizationNameOfTheWrongTypeIsRefusedAndTheNameKept(string name)
    {
        var org = await fixture.NewOrganizationAsync();
        var before = (await StoredOrganizationAsync(org)).Name;

        var answer = await SendSignedAsync("{" + Head("saveName") + $",\"id\":{org},\"orgname\":{name}}}");

        Assert.Equal(AbrishMessages.OrganizationNameRequired, AbrishWire.Error(answer));
        Assert.Equal(before, (await StoredOrganizationAsync(org)).Name);
    }

    [Theory]
    [InlineData("firstname", "{}", AbrishMessages.FirstNameRequired)]
    [InlineData("firstname", "[\"مریم\"]", AbrishMessages.FirstNameRequired)]
    [InlineData("lastname", "{\"a\":1}", AbrishMessages.LastNameRequired)]
    [InlineData("username", "[]", AbrishMessages.UserNameRequired)]
    [InlineData("username", "{}", AbrishMessages.UserNameRequired)]
    [InlineData("gender", "{}", AbrishMessages.InvalidGender)]
    [InlineData("gender", "[2]", AbrishMessages.InvalidGender)]
    [InlineData("gender", "1e400", AbrishMessages.InvalidGender)]
    [InlineData("specialaccess", "[0]", AbrishMessages.InvalidSpecialAccess)]
    [InlineData("isenable", "{}", AbrishMessages.InvalidIsEnable)]
    [InlineData("password", "{}", AbrishMessages.PasswordRequired)]
    [InlineData("password", "[\"secret-1\"]", AbrishMessages.PasswordRequired)]
    [InlineData("userid", "{}", AbrishMessages.InvalidUserId)]
    [InlineData("userid", "[5]", AbrishMessages.InvalidUserId)]
    [InlineData("birthdate", "{}", AbrishMessages.InvalidBirthDate)]
    [InlineData("birthdate", "[\"1370/05/12\"]", AbrishMessages.InvalidBirthDate)]
    [InlineData("cell", "{}", AbrishMessages.InvalidCell)]
    [InlineData("cell", "[\"09121234567\"]", AbrishMessages.InvalidCell)]
    [InlineData("isenable", "[1]", AbrishMessages.InvalidIsEnable)]
    [InlineData("specialaccess", "{}", AbrishMessages.InvalidSpecialAccess)]
    [InlineData("userid", "99999999999999999999", AbrishMessages.InvalidUserId)]
    [InlineData("userid", "-1", AbrishMessages.InvalidUserId)]
    [InlineData("userid", "1.5", AbrishMessages.InvalidUserId)]
    public async Task UserFieldOfTheWrongTypeIsRefusedWithItsMessageAndStoresNothing(string field, string json, string expected)
    {
        var org = await fixture.NewOrganizationAsync();
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("{" + UserJson(org, "typed1") + "}")!;
        fields[field] = JsonDocument.Parse(json).RootElement;
        var body = string.Join(",", fields.Select(f => JsonSerializer.Serialize(f.Key) + ":" + (f.Key == field ? json : f.Value.GetRawText())));

        var answer = await SendSignedAsync("{" + Head("postUser") + "," + body + "}");

        Assert.Equal(expected, AbrishWire.Error(answer));
        Assert.Equal(0, await StoredUsersAsync(org));
    }

    [Fact]
    public async Task OneMegabyteUserNameAnswersTheParamsErrorAndStoresNothing()
    {
        var org = await fixture.NewOrganizationAsync();

        var answer = await Api.CallAsync("postUser", AbrishWire.UserFields(org, new string('u', 1_000_000)));

        Assert.Equal(AbrishMessages.InvalidParams, AbrishWire.Error(answer));
        Assert.Equal(0, await StoredUsersAsync(org));
    }

    [Fact]
    public async Task TenMegabyteBodyAnswersTheParamsErrorWithHttp200()
    {
        var org = await fixture.NewOrganizationAsync();

        var answer = await Api.CallAsync("postUser", AbrishWire.UserFields(org, "huge1", new Dictionary<string, object?> { ["lastname"] = new string('x', 10 * 1024 * 1024) }), multipart: true);

        Assert.Equal(AbrishMessages.InvalidParams, AbrishWire.Error(answer));
        Assert.Equal(0, await StoredUsersAsync(org));
    }

    [Fact]
    public async Task HundredKilobyteFilterIsAnEmptyListingNotAFailure()
    {
        var org = await fixture.NewOrganizationAsync();
        await Api.PostUserAsync(org, "listed1");

        var answer = await Api.CallAsync("getAllUsers", new Dictionary<string, object?> { ["id"] = org, ["filter"] = new string('f', 100_000) });

        Assert.Equal(0, answer.GetProperty("count").GetInt32());
        Assert.Empty(answer.GetProperty("data").EnumerateArray());
    }

    [Fact]
    public async Task HundredKilobyteOrganizationNameIsTooLongAndTheNameKept()
    {
        var org = await fixture.NewOrganizationAsync();
        var before = (await StoredOrganizationAsync(org)).Name;

        var answer = await Api.CallAsync("saveName", new Dictionary<string, object?> { ["id"] = org, ["orgname"] = new string('n', 100_000) });

        Assert.Equal(AbrishMessages.OrganizationNameTooLong, AbrishWire.Error(answer));
        Assert.Equal(before, (await StoredOrganizationAsync(org)).Name);
    }

    [Fact]
    public async Task AnotherRegistrantsOrganizationAnswersExactlyLikeAnUnknownOneInEveryActionAndChangesNothing()
    {
        var foreign = fixture.OtherOrganizationId;
        var before = await StoredOrganizationAsync(foreign);
        var usersBefore = await StoredUsersAsync(foreign);

        foreach (var (action, extra) in new[]
        {
            ("saveName", new Dictionary<string, object?> { ["orgname"] = "ربوده" }),
            ("getAllUsers", new Dictionary<string, object?> { ["page"] = 0 }),
            ("postUser", AbrishWire.UserFields(0, "intruder")),
        })
        {
            var onForeign = new Dictionary<string, object?>(extra) { ["id"] = foreign };
            var onUnknown = new Dictionary<string, object?>(extra) { ["id"] = 987_654_321 };

            var foreignAnswer = await Api.CallAsync(action, onForeign);
            var unknownAnswer = await Api.CallAsync(action, onUnknown);

            Assert.Equal(AbrishMessages.OrganizationNotFound, AbrishWire.Error(foreignAnswer));
            Assert.Equal(unknownAnswer.GetRawText(), foreignAnswer.GetRawText());
        }

        var after = await StoredOrganizationAsync(foreign);
        Assert.Equal(before.Name, after.Name);
        Assert.Equal(before.UsersCount, after.UsersCount);
        Assert.Equal(usersBefore, await StoredUsersAsync(foreign));
    }

    [Fact]
    public async Task ParallelSaveNamesAllSucceedAndLeaveOneOfTheSentNames()
    {
        var org = await fixture.NewOrganizationAsync();
        var names = Enumerable.Range(0, 8).Select(i => "نام موازی " + i).ToList();

        var answers = await Task.WhenAll(names.Select(name =>
            new AbrishWire(fixture.Factory.CreateClient(), fixture.Registrant).CallAsync("saveName", new Dictionary<string, object?> { ["id"] = org, ["orgname"] = name })));

        Assert.All(answers, a => Assert.False(a.TryGetProperty("error", out _), a.ToString()));
        Assert.Contains((await StoredOrganizationAsync(org)).Name, names);
    }

    [Fact]
    public async Task ParallelCreatesOfOneUserNameInDifferentCaseAndDigitScriptGiveExactlyOneUser()
    {
        var org = await fixture.NewOrganizationAsync();
        string[] spellings = ["Racer1", "racer1", "RACER1", "racer۱", "Racer١", "rAcEr1"];

        var answers = await Task.WhenAll(spellings.Select(name =>
            new AbrishWire(fixture.Factory.CreateClient(), fixture.Registrant).CallAsync("postUser", AbrishWire.UserFields(org, name))));

        Assert.Single(answers, a => a.TryGetProperty("id", out _));
        Assert.All(answers.Where(a => !a.TryGetProperty("id", out _)), a => Assert.Equal(AbrishMessages.UserNameTaken, AbrishWire.Error(a)));
        Assert.Equal(1, await StoredUsersAsync(org));
        Assert.Equal(1, (await StoredOrganizationAsync(org)).UsersCount);
    }

    [Fact]
    public async Task DuplicateKeysInParamsAreReadLastOneWins()
    {
        var org = await fixture.NewOrganizationAsync();

        var answer = await SendSignedAsync("{" + Head("saveName") + $",\"id\":{org},\"orgname\":\"اول\",\"orgname\":\"دوم\"}}");

        Assert.False(answer.TryGetProperty("error", out _), answer.ToString());
        Assert.Equal("دوم", (await StoredOrganizationAsync(org)).Name);
    }

    [Fact]
    public async Task OversizedChecksumFieldIsAnAuthenticationFailure()
    {
        var parameters = "{" + Head("getAll") + "}";

        var answer = await Api.SendAsync(parameters, new string('a', 100_000));

        Assert.Equal(AbrishMessages.AuthenticationFailed, AbrishWire.Error(answer));
    }

    [Fact]
    public async Task ChecksumGivenTwiceUsesTheFirstAndStillAnswersHttp200()
    {
        var parameters = "{" + Head("getAll") + "}";
        var body = "params=" + Uri.EscapeDataString(parameters) + "&checksum=wrong&checksum=" + AbrishWire.Sha1Hex(parameters + fixture.Registrant.ApiKey);
        using var content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");

        using var response = await Api.Http.PostAsync(AbrishWire.Path, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AbrishMessages.AuthenticationFailed, AbrishWire.Error(await AbrishWire.ReadAsync(response)));
    }
}
