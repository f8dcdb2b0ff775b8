using Kelas.Browser.Tests.Lane;
using static Microsoft.Playwright.Assertions;

namespace Kelas.Browser.Tests.RoomEntry;

/// <summary>Scenario 1: a portal's login link (createLoginUrl) opens the room, and the person is listed with their role.</summary>
[Collection(RoomEntryCollection.Name)]
public sealed class TokenEntryTests(RoomEntryFixture fixture)
{
    [BrowserTheory]
    [InlineData("fa", "سارا احمدی", 1)]
    [InlineData("en", "Sara Ahmadi", 3)]
    public async Task LoginLinkOpensTheRoomAndListsTheNicknameWithItsRole(string language, string nickname, int access)
    {
        var (roomId, _) = await fixture.CreateRoomAsync(language == "fa" ? "کلاس ریاضی" : "Maths class");
        var url = await fixture.LoginUrlAsync(roomId, "sara-" + language, nickname, access, language: language);
        await using var people = new People(fixture);
        var page = await people.NewAsync(language);

        var response = await page.GotoAsync(url);

        Assert.Equal(200, response?.Status);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", language == "fa" ? "rtl" : "ltr");
        await Expect(RoomDom.Room(page)).ToHaveAttributeAsync("data-state", "inside");
        await Expect(RoomDom.Participants(page)).ToHaveCountAsync(1);
        var me = RoomDom.Participant(page, nickname);
        await Expect(me.Locator(".nickname")).ToHaveTextAsync(nickname);
        await Expect(me.Locator(".role")).ToHaveTextAsync(RoomDom.RoleLabel(access, language));
        await Screenshots.SaveAsync(page, "token-entry", language);
        people.AssertNoScriptErrors();
    }
}
