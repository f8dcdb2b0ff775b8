using Kelas.Browser.Tests.Lane;
using static Microsoft.Playwright.Assertions;

namespace Kelas.Browser.Tests.RoomEntry;

/// <summary>Scenario 4: a login link past its ttl opens a refusal page that says so, in the link's language.</summary>
[Collection(RoomEntryCollection.Name)]
public sealed class ExpiredTokenTests(RoomEntryFixture fixture)
{
    [BrowserTheory]
    [InlineData("fa", "لینک ورود منقضی شده است")]
    [InlineData("en", "This login link has expired")]
    public async Task ExpiredLoginLinkShowsItsRefusalPage(string language, string title)
    {
        var (roomId, _) = await fixture.CreateRoomAsync(language == "fa" ? "کلاس دیروز" : "Yesterday's class");
        var url = await fixture.LoginUrlAsync(roomId, "late", language == "fa" ? "دیرکرده" : "Latecomer", language: language, ttl: 60);
        fixture.Server.Clock.Advance(TimeSpan.FromSeconds(61));
        await using var people = new People(fixture);
        var page = await people.NewAsync(language);

        var response = await page.GotoAsync(url);

        Assert.Equal(403, response?.Status);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", language == "fa" ? "rtl" : "ltr");
        await Expect(RoomDom.Notice(page)).ToHaveAttributeAsync("data-reason", "token_expired");
        await Expect(RoomDom.Notice(page)).ToBeVisibleAsync();
        await Expect(RoomDom.Notice(page)).ToContainTextAsync(title);
        await Expect(RoomDom.Room(page)).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "token-expired", language);
        people.AssertNoScriptErrors();
    }
}
