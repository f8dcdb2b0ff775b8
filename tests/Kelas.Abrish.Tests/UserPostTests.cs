using Kelas.Abrish.Wire;

namespace Kelas.Abrish.Tests;

public sealed class UserPostTests(AbrishApiFixture fixture) : IClassFixture<AbrishApiFixture>
{
    private AbrishWire Api => fixture.Api;

    private async Task<string> PostErrorAsync(long organizationId, string userName, Dictionary<string, object?> overrides) =>
        AbrishWire.Error(await Api.CallAsync("postUser", AbrishWire.UserFields(organizationId, userName, overrides)));

    private async Task<System.Text.Json.JsonElement> OnlyUserAsync(long organizationId) =>
        Assert.Single((await Api.CallAsync("getAllUsers", new Dictionary<string, object?> { ["id"] = organizationId, ["page"] = 0, ["filter"] = "" })).GetProperty("data").EnumerateArray());

    [Fact]
    public async Task PostUserCreatesAUserAndAnswersItsId()
    {
        var org = await fixture.NewOrganizationAsync();

        var answer = await Api.CallAsync("postUser", AbrishWire.UserFields(org, "maryam"));

        var id = answer.GetProperty("id").GetInt64();
        var user = await OnlyUserAsync(org);
        Assert.Equal(id, user.GetProperty("ID").GetInt64());
        Assert.Equal("مریم", user.GetProperty("FirstName").GetString());
        Assert.Equal("احمدی", user.GetProperty("LastName").GetString());
        Assert.Equal("maryam", user.GetProperty("UserName").GetString());
        Assert.Equal(2, user.GetProperty("Gender").GetInt32());
        Assert.Equal("1370/05/12", user.GetProperty("BirthDate").GetString());
        Assert.Equal("09121234567", user.GetProperty("Cell").GetString());
        Assert.Equal(1, user.GetProperty("IsEnable").GetInt32());
        Assert.Equal(0, user.GetProperty("SpecialAccess").GetInt32());
    }

    [Fact]
    public async Task PostUserAcceptsEveryNumberAsAStringAndPersianDigitsInDatesAndCell()
    {
        var org = await fixture.NewOrganizationAsync();

        var id = await Api.PostUserAsync(org, "strings", new Dictionary<string, object?>
        {
            ["id"] = org.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["userid"] = "0",
            ["gender"] = "1",
            ["specialaccess"] = "1",
            ["isenable"] = "0",
            ["birthdate"] = "۱۳۶۹/۱/۲",
            ["cell"] = "+98 912 765 4321",
        });

        var user = await OnlyUserAsync(org);
        Assert.Equal(id, user.GetProperty("ID").GetInt64());
        Assert.Equal(1, user.GetProperty("Gender").GetInt32());
        Assert.Equal(1, user.GetProperty("SpecialAccess").GetInt32());
        Assert.Equal(0, user.GetProperty("IsEnable").GetInt32());
        Assert.Equal("1369/01/02", user.GetProperty("BirthDate").GetString());
        Assert.Equal("09127654321", user.GetProperty("Cell").GetString());
    }

    [Fact]
    public async Task PostUserWithAUserIdEditsThatUserAndKeepsThePasswordWhenNoneIsSent()
    {
        var org = await fixture.NewOrganizationAsync();
        var id = await Api.PostUserAsync(org, "editme");
        var hashBefore = await fixture.Factory.AbrishPasswordHashAsync(id);

        var edited = await Api.PostUserAsync(org, "edited", new Dictionary<string, object?> { ["userid"] = id, ["firstname"] = "زهرا", ["password"] = "" });

        Assert.Equal(id, edited);
        var user = await OnlyUserAsync(org);
        Assert.Equal("زهرا", user.GetProperty("FirstName").GetString());
        Assert.Equal("edited", user.GetProperty("UserName").GetString());
        Assert.Equal(hashBefore, await fixture.Factory.AbrishPasswordHashAsync(id));
    }

    [Fact]
    public async Task PasswordsAreStoredHashed()
    {
        var org = await fixture.NewOrganizationAsync();

        var id = await Api.PostUserAsync(org, "hashed", new Dictionary<string, object?> { ["password"] = "P@ssw0rd-plain" });

        var stored = await fixture.Factory.AbrishPasswordHashAsync(id);
        Assert.DoesNotContain("P@ssw0rd-plain", stored);
        Assert.StartsWith("pbkdf2-sha256$", stored);
        Assert.True(Kelas.Core.Security.PasswordHashes.Verify("P@ssw0rd-plain", stored));
    }

    [Fact]
    public async Task EditingAnUnknownUserOrAUserOfAnotherOrganizationIsNotFound()
    {
        var org = await fixture.NewOrganizationAsync();
        var otherOrg = await fixture.NewOrganizationAsync();
        var elsewhere = await Api.PostUserAsync(otherOrg, "elsewhere");

        Assert.Equal(AbrishMessages.UserNotFound, await PostErrorAsync(org, "x", new() { ["userid"] = 987654 }));
        Assert.Equal(AbrishMessages.UserNotFound, await PostErrorAsync(org, "x", new() { ["userid"] = elsewhere }));
        Assert.Equal(AbrishMessages.InvalidUserId, await PostErrorAsync(org, "x", new() { ["userid"] = "abc" }));
    }

    [Fact]
    public async Task PostUserIntoAnotherRegistrantsOrganizationIsNotFound()
    {
        Assert.Equal(AbrishMessages.OrganizationNotFound, await PostErrorAsync(fixture.OtherOrganizationId, "intruder", []));
    }

    [Fact]
    public async Task TimedOutOrganizationRefusesNewUsersButAllowsEdits()
    {
        using var factory = AbrishApiFixture.CreateFactory();
        var registrant = await factory.CreateAbrishRegistrantAsync();
        var api = new AbrishWire(factory.CreateClient(), registrant);
        var org = await factory.CreateAbrishOrganizationAsync(registrant, expires: "1405/07/05");
        var existing = await api.PostUserAsync(org, "early");
        factory.Clock.Advance(TimeSpan.FromDays(5));

        var create = await api.CallAsync("postUser", AbrishWire.UserFields(org, "late"));
        var edit = await api.CallAsync("postUser", AbrishWire.UserFields(org, "early", new Dictionary<string, object?> { ["userid"] = existing, ["lastname"] = "تغییر" }));

        Assert.Equal(AbrishMessages.OrganizationTimedOut, AbrishWire.Error(create));
        Assert.Equal(existing, edit.GetProperty("id").GetInt64());
        Assert.Equal(1, (await api.CallAsync("getAll"))[0].GetProperty("timedout").GetInt32());
    }

    [Fact]
    public async Task FullOrganizationRefusesNewUsersButAllowsEdits()
    {
        var org = await fixture.NewOrganizationAsync(allowedUsers: 2);
        await Api.PostUserAsync(org, "one");
        var two = await Api.PostUserAsync(org, "two");

        var third = await PostErrorAsync(org, "three", []);
        var edit = await Api.PostUserAsync(org, "two-renamed", new Dictionary<string, object?> { ["userid"] = two });

        Assert.Equal(AbrishMessages.OrganizationFull, third);
        Assert.Equal(two, edit);
        var organization = (await Api.CallAsync("getAll")).EnumerateArray().Single(o => o.GetProperty("id").GetInt64() == org);
        Assert.Equal(2, organization.GetProperty("userscount").GetInt32());
    }

    [Fact]
    public async Task DuplicateUserNameInTheSameOrganizationIsRefusedIgnoringCaseButAllowedInAnother()
    {
        var org = await fixture.NewOrganizationAsync();
        var otherOrg = await fixture.NewOrganizationAsync();
        var first = await Api.PostUserAsync(org, "reza");
        var second = await Api.PostUserAsync(org, "sara");

        Assert.Equal(AbrishMessages.UserNameTaken, await PostErrorAsync(org, "reza", []));
        Assert.Equal(AbrishMessages.UserNameTaken, await PostErrorAsync(org, "REZA", []));
        Assert.Equal(AbrishMessages.UserNameTaken, await PostErrorAsync(org, "reza", new() { ["userid"] = second }));
        Assert.NotEqual(first, await Api.PostUserAsync(otherOrg, "reza"));
        var organization = (await Api.CallAsync("getAll")).EnumerateArray().Single(o => o.GetProperty("id").GetInt64() == org);
        Assert.Equal(2, organization.GetProperty("userscount").GetInt32());
    }

    [Fact]
    public async Task ParallelCreatesOfOneUserNameGiveExactlyOneId()
    {
        var org = await fixture.NewOrganizationAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            new AbrishWire(fixture.Factory.CreateClient(), fixture.Registrant).CallAsync("postUser", AbrishWire.UserFields(org, "racer"))));

        Assert.Single(answers, a => a.TryGetProperty("id", out _));
        Assert.All(answers.Where(a => !a.TryGetProperty("id", out _)), a => Assert.Equal(AbrishMessages.UserNameTaken, AbrishWire.Error(a)));
        var organization = (await Api.CallAsync("getAll")).EnumerateArray().Single(o => o.GetProperty("id").GetInt64() == org);
        Assert.Equal(1, organization.GetProperty("userscount").GetInt32());
    }

    [Fact]
    public async Task UserNameOfSixteenCharactersIsFineAndSeventeenIsTooLong()
    {
        var org = await fixture.NewOrganizationAsync();

        await Api.PostUserAsync(org, new string('a', 16));

        Assert.Equal(AbrishMessages.UserNameTooLong, await PostErrorAsync(org, new string('b', 17), []));
    }

    [Theory]
    [InlineData("firstname", "", AbrishMessages.FirstNameRequired)]
    [InlineData("firstname", "ففففففففففففففففففففففففففففففففففففففففففففففففففف", AbrishMessages.FirstNameTooLong)]
    [InlineData("lastname", null, AbrishMessages.LastNameRequired)]
    [InlineData("username", "", AbrishMessages.UserNameRequired)]
    [InlineData("username", "ali reza", AbrishMessages.UserNameInvalid)]
    [InlineData("gender", 3, AbrishMessages.InvalidGender)]
    [InlineData("gender", null, AbrishMessages.InvalidGender)]
    [InlineData("gender", "male", AbrishMessages.InvalidGender)]
    [InlineData("specialaccess", 2, AbrishMessages.InvalidSpecialAccess)]
    [InlineData("isenable", "yes", AbrishMessages.InvalidIsEnable)]
    [InlineData("birthdate", "1402/12/30", AbrishMessages.InvalidBirthDate)]
    [InlineData("birthdate", "1370/13/01", AbrishMessages.InvalidBirthDate)]
    [InlineData("birthdate", "1990-01-01", AbrishMessages.InvalidBirthDate)]
    [InlineData("birthdate", "1405/07/02", AbrishMessages.InvalidBirthDate)]
    [InlineData("cell", "0212345678", AbrishMessages.InvalidCell)]
    [InlineData("cell", "0912123456", AbrishMessages.InvalidCell)]
    [InlineData("cell", "09121234567x", AbrishMessages.InvalidCell)]
    [InlineData("password", "", AbrishMessages.PasswordRequired)]
    [InlineData("password", null, AbrishMessages.PasswordRequired)]
    public async Task InvalidFieldIsRefusedWithItsPersianMessage(string field, object? value, string expected)
    {
        var org = await fixture.NewOrganizationAsync();

        Assert.Equal(expected, await PostErrorAsync(org, "valid", new() { [field] = value }));
        Assert.Equal(0, (await Api.CallAsync("getAllUsers", new Dictionary<string, object?> { ["id"] = org })).GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("1403/12/30", "1403/12/30")]
    [InlineData("۱۴۰۳/۱۲/۳۰", "1403/12/30")]
    [InlineData("", "")]
    public async Task BirthDateOfALeapYearsLastDayIsAccepted(string sent, string stored)
    {
        var org = await fixture.NewOrganizationAsync();

        await Api.PostUserAsync(org, "leap", new Dictionary<string, object?> { ["birthdate"] = sent });

        Assert.Equal(stored, (await OnlyUserAsync(org)).GetProperty("BirthDate").GetString());
    }

    [Theory]
    [InlineData("09121234567")]
    [InlineData("9121234567")]
    [InlineData("+989121234567")]
    [InlineData("989121234567")]
    [InlineData("00989121234567")]
    [InlineData("۰۹۱۲۱۲۳۴۵۶۷")]
    [InlineData("٠٩١٢١٢٣٤٥٦٧")]
    [InlineData("0912-123-4567")]
    public async Task CellIsAcceptedInEveryCommonFormAndStoredAs09(string cell)
    {
        var org = await fixture.NewOrganizationAsync();

        await Api.PostUserAsync(org, "cell", new Dictionary<string, object?> { ["cell"] = cell });

        Assert.Equal("09121234567", (await OnlyUserAsync(org)).GetProperty("Cell").GetString());
    }
}
