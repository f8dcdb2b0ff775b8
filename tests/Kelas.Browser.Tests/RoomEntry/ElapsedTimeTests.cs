using System.Text.RegularExpressions;
using Kelas.Browser.Tests.Lane;
using static Microsoft.Playwright.Assertions;

namespace Kelas.Browser.Tests.RoomEntry;

/// <summary>
/// <c>#elapsed</c> counts from the session's start by the server's clock, not from when the page opened: the test moves
/// the server's clock on half an hour between two entries, and both pages show half an hour.
/// </summary>
[Collection(RoomEntryCollection.Name)]
public sealed class ElapsedTimeTests(RoomEntryFixture fixture)
{
    [BrowserTheory]
    [InlineData("fa", "۰۰:۳[۰۱]:[۰-۹]{2}")]
    [InlineData("en", "00:3[01]:[0-9]{2}")]
    public async Task ElapsedTimeCountsFromTheSessionsStartOnTheServersClock(string language, string halfAnHour)
    {
        var (roomId, _) = await fixture.CreateRoomAsync(language == "fa" ? "کلاس طولانی" : "Long class");
        await using var people = new People(fixture);
        var early = await people.NewAsync(language);
        await early.GotoAsync(await fixture.LoginUrlAsync(roomId, "early", language == "fa" ? "زودرس" : "Early", access: 3, language: language));
        await Expect(RoomDom.Room(early)).ToHaveAttributeAsync("data-state", "inside");
        await Expect(early.Locator("#elapsed")).Not.ToHaveTextAsync(new Regex(halfAnHour));

        fixture.Server.Clock.Advance(TimeSpan.FromMinutes(30));
        var late = await people.NewAsync(language);
        await late.GotoAsync(await fixture.LoginUrlAsync(roomId, "late", language == "fa" ? "دیررس" : "Late", language: language));
        await Expect(RoomDom.Room(late)).ToHaveAttributeAsync("data-state", "inside");

        await Expect(late.Locator("#elapsed")).ToHaveTextAsync(new Regex(halfAnHour));
        await Expect(early.Locator("#elapsed")).ToHaveTextAsync(new Regex(halfAnHour));
        await Screenshots.SaveAsync(late, "elapsed-half-hour", language);
        people.AssertNoScriptErrors();
    }
}
