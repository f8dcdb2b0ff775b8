using Kelas.Browser.Tests.Lane;
using static Microsoft.Playwright.Assertions;

namespace Kelas.Browser.Tests.RoomEntry;

/// <summary>The room's own page (getRoomUrl): a user signs in with username and password, a guest with a nickname.</summary>
[Collection(RoomEntryCollection.Name)]
public sealed class LoginPageTests(RoomEntryFixture fixture)
{
    [BrowserFact]
    public async Task UsernameAndPasswordOpenTheRoom()
    {
        const string Language = "fa";
        const string Nickname = "رضا کریمی";
        const string Password = "pass-1234";
        var (roomId, _) = await fixture.CreateRoomAsync("کلاس عصر");
        var username = await fixture.CreateUserInRoomAsync(roomId, Nickname, Password, access: 2);
        await using var people = new People(fixture);
        var page = await people.NewAsync(Language);

        await page.GotoAsync(await fixture.RoomUrlAsync(roomId, Language));
        await Expect(page.Locator("#login-form")).ToBeVisibleAsync();
        await Expect(page.Locator("#guest-form")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "login-page", Language);
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("#password").PressAsync("Enter");

        await Expect(RoomDom.Room(page)).ToHaveAttributeAsync("data-state", "inside");
        var me = RoomDom.Participant(page, Nickname);
        await Expect(me).ToHaveCountAsync(1);
        await Expect(me.Locator(".role")).ToHaveTextAsync(RoomDom.RoleLabel(2, Language));
        people.AssertNoScriptErrors();
    }

    [BrowserFact]
    public async Task GuestFormLetsAGuestInByNickname()
    {
        const string Language = "en";
        const string Nickname = "Visiting parent";
        var (roomId, _) = await fixture.CreateRoomAsync("Open day", guestLogin: true);
        await using var people = new People(fixture);
        var page = await people.NewAsync(Language);

        await page.GotoAsync(await fixture.RoomUrlAsync(roomId, Language));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.Locator("#guest-form")).ToBeVisibleAsync();
        await page.Locator("#nickname").FillAsync(Nickname);
        await page.Locator("#nickname").PressAsync("Enter");

        await Expect(RoomDom.Room(page)).ToHaveAttributeAsync("data-state", "inside");
        await Expect(RoomDom.Participant(page, Nickname)).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "guest-entry", Language);
        people.AssertNoScriptErrors();
    }
}
