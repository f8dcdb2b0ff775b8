using Kelas.Browser.Tests.Lane;
using static Microsoft.Playwright.Assertions;

namespace Kelas.Browser.Tests.RoomEntry;

/// <summary>An operator removes a participant and ends the session; both buttons ask first (<c>dialog#confirm</c>).</summary>
[Collection(RoomEntryCollection.Name)]
public sealed class OperatorTests(RoomEntryFixture fixture)
{
    [BrowserTheory]
    [InlineData("fa", "مدرس", "شاگرد")]
    [InlineData("en", "Teacher", "Pupil")]
    public async Task OperatorRemovesAParticipantAndEndsTheSession(string language, string teacher, string pupil)
    {
        var (roomId, _) = await fixture.CreateRoomAsync(language == "fa" ? "کلاس با اپراتور" : "Operated class");
        await using var people = new People(fixture);
        var operatorPage = await people.NewAsync(language);
        var pupilPage = await people.NewAsync(language);
        await operatorPage.GotoAsync(await fixture.LoginUrlAsync(roomId, "teacher", teacher, access: 3, language: language));
        await pupilPage.GotoAsync(await fixture.LoginUrlAsync(roomId, "pupil", pupil, language: language));
        await Expect(RoomDom.Participants(operatorPage)).ToHaveCountAsync(2);
        await Expect(RoomDom.Participants(pupilPage)).ToHaveCountAsync(2);

        // A participant has no operator controls.
        await Expect(pupilPage.Locator("#end-session")).ToBeHiddenAsync();
        await Expect(pupilPage.Locator("#participants li .remove").First).ToBeHiddenAsync();

        // Cancelling the confirmation sends nothing.
        var remove = RoomDom.Participant(operatorPage, pupil).Locator(".remove");
        await remove.ClickAsync();
        await Expect(operatorPage.Locator("dialog#confirm")).ToBeVisibleAsync();
        await operatorPage.Locator("#confirm-cancel").ClickAsync();
        await Expect(operatorPage.Locator("dialog#confirm")).ToBeHiddenAsync();
        await Expect(RoomDom.Room(pupilPage)).ToHaveAttributeAsync("data-state", "inside");

        await remove.ClickAsync();
        await operatorPage.Locator("#confirm-ok").ClickAsync();

        await Expect(RoomDom.Notice(pupilPage)).ToHaveAttributeAsync("data-reason", "removed");
        await Expect(RoomDom.Notice(pupilPage)).ToBeVisibleAsync();
        await Expect(RoomDom.Room(pupilPage)).ToHaveAttributeAsync("data-state", "closed");
        await Expect(RoomDom.Participants(operatorPage)).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(pupilPage, "removed", language);

        await operatorPage.Locator("#end-session").ClickAsync();
        await operatorPage.Locator("#confirm-ok").ClickAsync();

        await Expect(RoomDom.Notice(operatorPage)).ToHaveAttributeAsync("data-reason", "session_ended");
        await Expect(RoomDom.Room(operatorPage)).ToHaveAttributeAsync("data-state", "closed");
        await Screenshots.SaveAsync(operatorPage, "session-ended", language);

        // Let out for good: the removed page does not reconnect by itself.
        await Expect(RoomDom.Room(pupilPage)).ToHaveAttributeAsync("data-state", "closed");
        people.AssertNoScriptErrors();
    }
}
