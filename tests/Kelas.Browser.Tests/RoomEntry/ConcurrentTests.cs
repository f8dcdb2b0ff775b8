using Kelas.Browser.Tests.Lane;
using static Microsoft.Playwright.Assertions;

namespace Kelas.Browser.Tests.RoomEntry;

/// <summary>Scenario 5: a link made with <c>concurrent: 1</c> lets one tab in; a second tab is refused while the first is inside.</summary>
[Collection(RoomEntryCollection.Name)]
public sealed class ConcurrentTests(RoomEntryFixture fixture)
{
    [BrowserTheory]
    [InlineData("fa", "مهسا")]
    [InlineData("en", "Mahsa")]
    public async Task SecondTabOfAOnePersonLinkIsRefusedWhileTheFirstIsInside(string language, string nickname)
    {
        var (roomId, _) = await fixture.CreateRoomAsync(language == "fa" ? "یک نفر، یک زبانه" : "One person, one tab");
        var url = await fixture.LoginUrlAsync(roomId, "mahsa", nickname, concurrent: 1, language: language);
        await using var people = new People(fixture);
        var first = await people.NewAsync(language);
        await first.GotoAsync(url);
        await Expect(RoomDom.Room(first)).ToHaveAttributeAsync("data-state", "inside");

        var second = await people.NewTabAsync(first);
        await second.GotoAsync(url);

        await Expect(RoomDom.Notice(second)).ToHaveAttributeAsync("data-reason", "token_concurrent");
        await Expect(RoomDom.Notice(second)).ToBeVisibleAsync();
        await Screenshots.SaveAsync(second, "concurrent-refused", language);
        await Expect(RoomDom.Room(first)).ToHaveAttributeAsync("data-state", "inside");
        await Expect(RoomDom.Participants(first)).ToHaveCountAsync(1);

        // The limit counts who is inside now, it is no ban: once the first tab is gone the same link works again.
        // The server learns of the closed tab when its socket closes, a moment later: reload until then (bounded).
        await first.CloseAsync();
        var deadline = DateTime.UtcNow.AddMilliseconds(BrowserLane.TimeoutMs);
        await second.ReloadAsync();
        while (await RoomDom.Room(second).CountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            await second.ReloadAsync();
        }

        await Expect(RoomDom.Room(second)).ToHaveAttributeAsync("data-state", "inside");
        await Expect(RoomDom.Participant(second, nickname)).ToHaveCountAsync(1);
        people.AssertNoScriptErrors();
    }
}
