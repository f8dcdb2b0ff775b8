using Kelas.Browser.Tests.Lane;
using static Microsoft.Playwright.Assertions;

namespace Kelas.Browser.Tests.RoomEntry;

/// <summary>Scenario 3: in an <c>op_login_first</c> room people wait in the lobby until an operator enters.</summary>
[Collection(RoomEntryCollection.Name)]
public sealed class LobbyTests(RoomEntryFixture fixture)
{
    [BrowserTheory]
    [InlineData("fa", "دانشجو", "استاد")]
    [InlineData("en", "Student", "Teacher")]
    public async Task LobbyOpensWhenAnOperatorEnters(string language, string student, string teacher)
    {
        var (roomId, _) = await fixture.CreateRoomAsync(language == "fa" ? "کلاس با اپراتور" : "Operator first", opLoginFirst: true);
        await using var people = new People(fixture);
        var waiting = await people.NewAsync(language);

        await waiting.GotoAsync(await fixture.LoginUrlAsync(roomId, "student", student, language: language));

        await Expect(RoomDom.Room(waiting)).ToHaveAttributeAsync("data-state", "lobby");
        await Expect(RoomDom.Lobby(waiting)).ToBeVisibleAsync();
        await Screenshots.SaveAsync(waiting, "lobby-waiting", language);

        var operatorPage = await people.NewAsync(language);
        await operatorPage.GotoAsync(await fixture.LoginUrlAsync(roomId, "teacher", teacher, access: 3, language: language));

        await Expect(RoomDom.Room(operatorPage)).ToHaveAttributeAsync("data-state", "inside");
        await Expect(RoomDom.Room(waiting)).ToHaveAttributeAsync("data-state", "inside");
        await Expect(RoomDom.Lobby(waiting)).ToBeHiddenAsync();
        await Expect(RoomDom.Participants(waiting)).ToHaveCountAsync(2);
        await Expect(RoomDom.Participant(waiting, teacher).Locator(".role")).ToHaveTextAsync(RoomDom.RoleLabel(3, language));
        await Expect(RoomDom.Participant(operatorPage, student)).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(waiting, "lobby-opened", language);
        people.AssertNoScriptErrors();
    }
}
