using Kelas.Abrish.Wire;
using Kelas.Client.Abrish;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

public sealed class AbrishContractTests(AbrishContractFixture fixture) : IClassFixture<AbrishContractFixture>
{
    private AbrishClient Client => fixture.Client;

    [Fact]
    public async Task OrganizationsRoundTripWithEveryField()
    {
        var registrant = await fixture.Factory.CreateAbrishRegistrantAsync();
        var id = await fixture.Factory.CreateAbrishOrganizationAsync(registrant, "هنرستان", "برنزی", "1406/01/15", allowedUsers: 12, roles: 3);

        var organizations = await fixture.CreateClient(registrant).GetOrganizationsAsync();

        Assert.Equal([new AbrishOrganization(id, "هنرستان", 0, 3, "برنزی", false, "1406/01/15", 12)], organizations);
    }

    [Fact]
    public async Task RenameReturnsTheSuccessMessageAndAnotherRegistrantsOrganizationThrows()
    {
        var id = await fixture.NewOrganizationAsync();

        var success = await Client.RenameOrganizationAsync(id, "نام جدید");
        var error = await Assert.ThrowsAsync<AbrishException>(() => Client.RenameOrganizationAsync(fixture.OtherOrganizationId, "x"));

        Assert.Equal(AbrishMessages.OrganizationRenamed, success);
        Assert.Equal(AbrishMessages.OrganizationNotFound, error.ServiceMessage);
        Assert.Contains(await Client.GetOrganizationsAsync(), o => o.Id == id && o.Name == "نام جدید");
    }

    [Fact]
    public async Task SavedUsersComeBackThroughTheEnumerationAcrossPages()
    {
        var org = await fixture.NewOrganizationAsync();
        var ids = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await Client.SaveUserAsync(org, AbrishContractFixture.User($"u{i}")));
        }

        var users = await Client.GetUsersAsync(org).ToListAsync();
        var secondPage = await Client.GetUsersPageAsync(org, 1);

        Assert.Equal(ids, users.Select(u => u.Id));
        Assert.Equal(new AbrishUser(ids[0], "نرگس", "موسوی", "u0", AbrishGender.Female, "1375/03/04", "09121234567", true, false), users[0]);
        Assert.Equal(20, secondPage.Count);
        Assert.Equal(2, secondPage.Users.Count);
    }

    [Fact]
    public async Task FilteredEnumerationFindsArabicSpellingsAndPersianDigits()
    {
        var org = await fixture.NewOrganizationAsync();
        await Client.SaveUserAsync(org, AbrishContractFixture.User("a1", firstName: "علی", cell: "09127770000"));
        await Client.SaveUserAsync(org, AbrishContractFixture.User("a2", firstName: "رضا", cell: "09350000000"));

        var byName = await Client.GetUsersAsync(org, "علي").ToListAsync();
        var byCell = await Client.GetUsersAsync(org, "۰۹۱۲۷۷۷").ToListAsync();

        Assert.Equal(["a1"], byName.Select(u => u.UserName));
        Assert.Equal(["a1"], byCell.Select(u => u.UserName));
    }

    [Fact]
    public async Task EditingAUserReturnsItsIdAndDuplicateUserNamesThrow()
    {
        var org = await fixture.NewOrganizationAsync();
        var id = await Client.SaveUserAsync(org, AbrishContractFixture.User("first"));
        await Client.SaveUserAsync(org, AbrishContractFixture.User("second"));

        var edited = await Client.SaveUserAsync(org, AbrishContractFixture.User("first") with { UserId = id, IsEnabled = false, Password = null });
        var duplicate = await Assert.ThrowsAsync<AbrishException>(() => Client.SaveUserAsync(org, AbrishContractFixture.User("second")));

        Assert.Equal(id, edited);
        Assert.Equal(AbrishMessages.UserNameTaken, duplicate.Message);
        Assert.False((await Client.GetUsersAsync(org).FirstAsync(u => u.Id == id)).IsEnabled);
    }

    [Fact]
    public async Task FullAndTimedOutOrganizationsThrowTheirMessages()
    {
        var full = await fixture.NewOrganizationAsync(allowedUsers: 1);
        await Client.SaveUserAsync(full, AbrishContractFixture.User("only"));
        var expired = await fixture.NewOrganizationAsync(expires: "1400/01/01");

        var fullError = await Assert.ThrowsAsync<AbrishException>(() => Client.SaveUserAsync(full, AbrishContractFixture.User("more")));
        var expiredError = await Assert.ThrowsAsync<AbrishException>(() => Client.SaveUserAsync(expired, AbrishContractFixture.User("late")));

        Assert.Equal(AbrishMessages.OrganizationFull, fullError.ServiceMessage);
        Assert.Equal(AbrishMessages.OrganizationTimedOut, expiredError.ServiceMessage);
    }

    [Fact]
    public async Task InvalidBirthDateAndOverlongUserNameThrowTheirMessages()
    {
        var org = await fixture.NewOrganizationAsync();

        var date = await Assert.ThrowsAsync<AbrishException>(() => Client.SaveUserAsync(org, AbrishContractFixture.User("d") with { BirthDate = "1402/12/30" }));
        var name = await Assert.ThrowsAsync<AbrishException>(() => Client.SaveUserAsync(org, AbrishContractFixture.User(new string('n', 17))));
        await Client.SaveUserAsync(org, AbrishContractFixture.User("leap") with { BirthDate = "1403/12/30" });

        Assert.Equal(AbrishMessages.InvalidBirthDate, date.ServiceMessage);
        Assert.Equal(AbrishMessages.UserNameTooLong, name.ServiceMessage);
    }

    [Fact]
    public async Task WrongApiKeyAndUnknownRegistrantThrowTheSameMessage()
    {
        var wrongKey = await Assert.ThrowsAsync<AbrishException>(() => fixture.CreateClient(fixture.Registrant with { ApiKey = fixture.Other.ApiKey }).GetOrganizationsAsync());
        var unknown = await Assert.ThrowsAsync<AbrishException>(() => fixture.CreateClient(new AbrishRegistrant(0, "ghost@example.com", "k")).GetOrganizationsAsync());

        Assert.Equal(AbrishMessages.AuthenticationFailed, wrongKey.ServiceMessage);
        Assert.Equal(wrongKey.ServiceMessage, unknown.ServiceMessage);
    }

    [Fact]
    public async Task HardenedRegistrantWorksOnlyWithTheHardenedOptions()
    {
        var registrant = await fixture.Factory.CreateAbrishRegistrantAsync(sha256: true, replayWindowSeconds: 120);
        await fixture.Factory.CreateAbrishOrganizationAsync(registrant);

        var plain = await Assert.ThrowsAsync<AbrishException>(() => fixture.CreateClient(registrant).GetOrganizationsAsync());
        var hardened = fixture.CreateClient(registrant, o =>
        {
            o.UseSha256Checksum = true;
            o.SendReplayProtection = true;
        });

        Assert.Equal(AbrishMessages.AuthenticationFailed, plain.ServiceMessage);
        Assert.Single(await hardened.GetOrganizationsAsync());
        Assert.Single(await hardened.GetOrganizationsAsync());
    }
}
