using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Kelas.Browser.Tests.RoomEntry;

/// <summary>The DOM hooks of docs/room-entry.md, and nothing else, so the tests do not depend on the page's looks.</summary>
internal static class RoomDom
{
    public static ILocator Room(IPage page) => page.Locator("#room");

    public static ILocator Participants(IPage page) => page.Locator("#participants li[data-connection]");

    /// <summary>The participant whose <c>.nickname</c> reads exactly <paramref name="nickname"/>.</summary>
    public static ILocator Participant(IPage page, string nickname) =>
        Participants(page).Filter(new LocatorFilterOptions { Has = page.Locator(".nickname", new PageLocatorOptions { HasTextRegex = Exactly(nickname) }) });

    public static ILocator ChatMessages(IPage page) => page.Locator("#chat-log .message");

    /// <summary>The chat lines whose <c>.text</c> reads exactly <paramref name="text"/>.</summary>
    public static ILocator ChatMessage(IPage page, string text) =>
        ChatMessages(page).Filter(new LocatorFilterOptions { Has = page.Locator(".text", new PageLocatorOptions { HasTextRegex = Exactly(text) }) });

    private static Regex Exactly(string text) => new($@"^\s*{Regex.Escape(text)}\s*$");

    public static ILocator Lobby(IPage page) => page.Locator("#lobby");

    public static ILocator Notice(IPage page) => page.Locator("#notice");

    public static async Task SendChatAsync(IPage page, string text)
    {
        await page.Locator("#chat-input").FillAsync(text);
        await page.Locator("#chat-send").ClickAsync();
    }

    /// <summary>What a participant's <c>.role</c> says for an access level (1 participant … 4 admin).</summary>
    public static string RoleLabel(int access, string language) => (language == "fa"
        ? new[] { "کاربر عادی", "ارائه‌کننده", "اپراتور", "مدیر" }
        : new[] { "Participant", "Presenter", "Operator", "Admin" })[access - 1];
}
