using Kelas.Abrish.Wire;

namespace Kelas.Abrish.Tests;

public sealed class OrganizationTests(AbrishApiFixture fixture) : IClassFixture<AbrishApiFixture>
{
    private AbrishWire Api => fixture.Api;

    [Fact]
    public async Task GetAllListsTheRegistrantsOrganizationsWithEveryField()
    {
        var registrant = await fixture.Factory.CreateAbrishRegistrantAsync();
        var api = new AbrishWire(fixture.Factory.CreateClient(), registrant);
        var id = await fixture.Factory.CreateAbrishOrganizationAsync(registrant, "مدرسه نمونه", "نقره ای", "۱۴۰۶/۰۲/۰۳", allowedUsers: 40, roles: 5);
        await api.PostUserAsync(id, "u1");

        var answer = await api.CallAsync("getAll");

        var organization = Assert.Single(answer.EnumerateArray());
        Assert.Equal(id, organization.GetProperty("id").GetInt64());
        Assert.Equal("مدرسه نمونه", organization.GetProperty("name").GetString());
        Assert.Equal(1, organization.GetProperty("userscount").GetInt32());
        Assert.Equal(5, organization.GetProperty("rolescount").GetInt32());
        Assert.Equal("نقره ای", organization.GetProperty("plantype").GetString());
        Assert.Equal(0, organization.GetProperty("timedout").GetInt32());
        Assert.Equal("1406/02/03", organization.GetProperty("duration").GetString());
        Assert.Equal(40, organization.GetProperty("allowedusers").GetInt32());
    }

    [Fact]
    public async Task GetAllDoesNotShowAnotherRegistrantsOrganizations()
    {
        var answer = await Api.CallAsync("getAll");

        Assert.DoesNotContain(answer.EnumerateArray(), o => o.GetProperty("id").GetInt64() == fixture.OtherOrganizationId);
    }

    [Fact]
    public async Task OrganizationIsTimedOutTheDayAfterItsDuration()
    {
        using var factory = AbrishApiFixture.CreateFactory();
        var registrant = await factory.CreateAbrishRegistrantAsync();
        var api = new AbrishWire(factory.CreateClient(), registrant);

        // The clock starts at 2026-09-23 08:00 UTC, which is 1405/07/01 in Tehran.
        await factory.CreateAbrishOrganizationAsync(registrant, expires: "1405/07/01");
        var onTheDay = (await api.CallAsync("getAll"))[0].GetProperty("timedout").GetInt32();
        factory.Clock.Advance(TimeSpan.FromHours(16.5));
        var nextDay = (await api.CallAsync("getAll"))[0].GetProperty("timedout").GetInt32();

        Assert.Equal(0, onTheDay);
        Assert.Equal(1, nextDay);
    }

    [Fact]
    public async Task SaveNameRenamesTheOrganizationWithIdAsANumericString()
    {
        var id = await fixture.NewOrganizationAsync();

        var answer = await Api.CallAsync("saveName", new Dictionary<string, object?> { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["orgname"] = "  نام تازه  " });

        Assert.Equal(AbrishMessages.OrganizationRenamed, answer.GetProperty("success").GetString());
        var organizations = await Api.CallAsync("getAll");
        Assert.Equal("نام تازه", organizations.EnumerateArray().Single(o => o.GetProperty("id").GetInt64() == id).GetProperty("name").GetString());
    }

    [Fact]
    public async Task SaveNameOfAnotherRegistrantsOrganizationIsNotFoundAndChangesNothing()
    {
        var answer = await Api.CallAsync("saveName", new Dictionary<string, object?> { ["id"] = fixture.OtherOrganizationId, ["orgname"] = "ربوده" });

        Assert.Equal(AbrishMessages.OrganizationNotFound, AbrishWire.Error(answer));
        var theirs = await fixture.OtherApi.CallAsync("getAll");
        Assert.Equal("سازمان دیگر", theirs[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("", AbrishMessages.OrganizationNameRequired)]
    [InlineData("   ", AbrishMessages.OrganizationNameRequired)]
    [InlineData(null, AbrishMessages.OrganizationNameRequired)]
    public async Task SaveNameWithoutANameIsAnError(string? name, string expected)
    {
        var id = await fixture.NewOrganizationAsync();

        var answer = await Api.CallAsync("saveName", new Dictionary<string, object?> { ["id"] = id, ["orgname"] = name });

        Assert.Equal(expected, AbrishWire.Error(answer));
    }

    [Fact]
    public async Task SaveNameWithAnOverlongNameIsAnErrorButOneHundredCharactersIsFine()
    {
        var id = await fixture.NewOrganizationAsync();

        var tooLong = await Api.CallAsync("saveName", new Dictionary<string, object?> { ["id"] = id, ["orgname"] = new string('س', 101) });
        var longest = await Api.CallAsync("saveName", new Dictionary<string, object?> { ["id"] = id, ["orgname"] = new string('س', 100) });

        Assert.Equal(AbrishMessages.OrganizationNameTooLong, AbrishWire.Error(tooLong));
        Assert.Equal(AbrishMessages.OrganizationRenamed, longest.GetProperty("success").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("abc")]
    [InlineData(999999)]
    [InlineData(-1)]
    public async Task SaveNameOfAMissingOrUnknownOrganizationIsNotFound(object? id)
    {
        var answer = await Api.CallAsync("saveName", new Dictionary<string, object?> { ["id"] = id, ["orgname"] = "x" });

        Assert.Equal(AbrishMessages.OrganizationNotFound, AbrishWire.Error(answer));
    }
}
