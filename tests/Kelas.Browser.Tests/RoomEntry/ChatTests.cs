using Kelas.Browser.Tests.Lane;
using static Microsoft.Playwright.Assertions;

namespace Kelas.Browser.Tests.RoomEntry;

/// <summary>Scenario 2: two people, each on their own browser, see each other and talk in the chat.</summary>
[Collection(RoomEntryCollection.Name)]
public sealed class ChatTests(RoomEntryFixture fixture)
{
    [BrowserTheory]
    [InlineData("fa", "نیما", "لیلا", "سلام به همه!", "سلام نیما، خوش آمدی.")]
    [InlineData("en", "Nima", "Leila", "Hello everyone!", "Hi Nima, welcome.")]
    public async Task TwoPeopleSeeEachOtherAndChat(string language, string first, string second, string hello, string reply)
    {
        var (roomId, _) = await fixture.CreateRoomAsync(language == "fa" ? "گفت‌وگو" : "Chat");
        await using var people = new People(fixture);
        var nima = await people.NewAsync(language);
        var leila = await people.NewAsync(language);

        await nima.GotoAsync(await fixture.LoginUrlAsync(roomId, "nima", first, access: 3, language: language));
        await Expect(RoomDom.Room(nima)).ToHaveAttributeAsync("data-state", "inside");
        await leila.GotoAsync(await fixture.LoginUrlAsync(roomId, "leila", second, language: language));
        await Expect(RoomDom.Room(leila)).ToHaveAttributeAsync("data-state", "inside");

        foreach (var page in new[] { nima, leila })
        {
            await Expect(RoomDom.Participants(page)).ToHaveCountAsync(2);
            await Expect(RoomDom.Participant(page, first).Locator(".role")).ToHaveTextAsync(RoomDom.RoleLabel(3, language));
            await Expect(RoomDom.Participant(page, second).Locator(".role")).ToHaveTextAsync(RoomDom.RoleLabel(1, language));
        }

        await RoomDom.SendChatAsync(nima, hello);

        foreach (var page in new[] { leila, nima })
        {
            var line = RoomDom.ChatMessage(page, hello);
            await Expect(line).ToHaveCountAsync(1);
            await Expect(line.Locator(".nickname")).ToHaveTextAsync(first);
        }

        await RoomDom.SendChatAsync(leila, reply);

        var answer = RoomDom.ChatMessage(nima, reply);
        await Expect(answer).ToHaveCountAsync(1);
        await Expect(answer.Locator(".nickname")).ToHaveTextAsync(second);
        await Expect(RoomDom.ChatMessages(nima)).ToHaveCountAsync(2);
        await Expect(RoomDom.ChatMessages(leila)).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(nima, "chat-first-person", language);
        await Screenshots.SaveAsync(leila, "chat-second-person", language);
        people.AssertNoScriptErrors();
    }
}
