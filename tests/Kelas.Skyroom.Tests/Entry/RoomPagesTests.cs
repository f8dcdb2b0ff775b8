using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Kelas.Skyroom.Entry;
using Kelas.Skyroom.Entry.Pages;

namespace Kelas.Skyroom.Tests.Entry;

/// <summary>The HTML of the room, sign-in and refusal pages: language, hooks (docs/room-entry.md), escaping.</summary>
public sealed partial class RoomPagesTests
{
    private const string Hostile = "<script>alert(1)</script>\"'&";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static TheoryData<string> Languages => new() { "fa", "en" };

    public static TheoryData<string, string> RefusalsInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var refusal in Enum.GetNames<EntryRefusal>())
        {
            data.Add(refusal, "fa");
            data.Add(refusal, "en");
        }

        return data;
    }

    private static RoomView Room(string lang, int access = 1, bool guest = false, string title = "کلاس ریاضی ۲", string nickname = "مریم") =>
        new(EntryLanguage.Parse(lang), title, nickname, access, guest, "ticket.abc", "/ch/acme/math2/socket");

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryPageSaysItsLanguageAndDirection(string lang)
    {
        var expected = lang == "fa" ? """<html lang="fa" dir="rtl">""" : """<html lang="en" dir="ltr">""";
        var language = EntryLanguage.Parse(lang);
        string[] pages =
        [
            RoomPages.Room(Room(lang)),
            RoomPages.Login(new LoginView(language, "Math", "/ch/acme/math2", GuestLogin: true)),
            RoomPages.Refusal(new RefusalView(language, "Math", EntryRefusal.RoomFull)),
        ];

        foreach (var page in pages)
        {
            Assert.StartsWith("<!doctype html>", page);
            Assert.Contains(expected, page);
            Assert.Contains("""<meta name="viewport" content="width=device-width""", page);
            Assert.Contains("""<meta name="robots" content="noindex""", page);
            Assert.Contains($"""<meta http-equiv="Content-Security-Policy" content="{RoomPages.ContentSecurityPolicy}">""", page);
            Assert.Contains($"""<link rel="stylesheet" href="{RoomAssets.Style.Url}">""", page);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheRoomPageCarriesEveryHook(string lang)
    {
        var page = RoomPages.Room(Room(lang));

        Assert.Matches("""<main id="room" data-state="connecting" data-socket="/ch/acme/math2/socket" data-ticket="ticket.abc">""", page);
        foreach (var id in new[] { "participants", "elapsed", "chat-log", "chat-input", "chat-send", "lobby", "warning", "notice", "end-session" })
        {
            Assert.Contains($"id=\"{id}\"", page);
        }

        Assert.Matches("""<ul id="participants"></ul>""", page);
        Assert.Matches("""<ol id="chat-log"[^>]*></ol>""", page);
        Assert.Matches("<input id=\"chat-input\"[^>]*maxlength=\"1000\"", page);
        Assert.Matches("<button id=\"chat-send\"[^>]*type=\"submit\"", page);
        Assert.Contains($"""<script src="{RoomAssets.Script.Url}" defer></script>""", page);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void LobbyWarningAndNoticeWaitHiddenForTheirFrames(string lang)
    {
        var page = RoomPages.Room(Room(lang));

        Assert.Matches("""<section id="lobby"[^>]*\bhidden>""", page);
        Assert.Matches("""<p id="warning"[^>]*\bhidden></p>""", page);
        Assert.Matches("""<section id="notice"[^>]*\bhidden>""", page);
        Assert.DoesNotMatch("""id="notice"[^>]*data-reason""", page);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void OperatorControlsAreHiddenUntilTheWelcomeSaysSo(int access)
    {
        var page = RoomPages.Room(Room("fa", access));

        Assert.Matches("""<button id="end-session"[^>]*\bhidden>""", page);
        Assert.DoesNotMatch("""class="[^"]*\bremove\b""", page);
    }

    [Theory]
    [InlineData("fa", 1, false, "کاربر عادی")]
    [InlineData("fa", 2, false, "ارائه‌کننده")]
    [InlineData("fa", 3, false, "اپراتور")]
    [InlineData("fa", 4, false, "مدیر")]
    [InlineData("fa", 1, true, "میهمان")]
    [InlineData("en", 1, false, "Participant")]
    [InlineData("en", 2, false, "Presenter")]
    [InlineData("en", 3, false, "Operator")]
    [InlineData("en", 4, false, "Admin")]
    [InlineData("en", 1, true, "Guest")]
    public void TheRoomPageNamesThePersonsRole(string lang, int access, bool guest, string role)
    {
        var page = RoomPages.Room(Room(lang, access, guest));

        Assert.Contains($"""<span class="me-role">{Html.Encode(role)}</span>""", page);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheScriptGetsItsTextsInThePagesLanguage(string lang)
    {
        var page = RoomPages.Room(Room(lang));

        var match = Regex.Match(page, """<script type="application/json" id="room-texts">(?<json>[^<]*)</script>""");
        Assert.True(match.Success);
        using var json = JsonDocument.Parse(match.Groups["json"].Value);
        var roles = json.RootElement.GetProperty("roles").EnumerateArray().Select(role => role.GetString()).ToArray();
        Assert.Equal(lang == "fa" ? ["کاربر عادی", "ارائه‌کننده", "اپراتور", "مدیر"] : ["Participant", "Presenter", "Operator", "Admin"], roles);
        Assert.Equal(lang == "fa" ? "میهمان" : "Guest", json.RootElement.GetProperty("guest").GetString());
        foreach (var key in new[] { "you", "connecting", "connected", "reconnecting", "disconnected", "remove", "confirmRemove", "confirmEnd", "cancel" })
        {
            Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty(key).GetString()), key);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void NoPageHasInlineScriptStyleOrHandlers(string lang)
    {
        var language = EntryLanguage.Parse(lang);
        string[] pages =
        [
            RoomPages.Room(Room(lang, access: 4)),
            RoomPages.Login(new LoginView(language, "Math", "/ch/acme/math2", GuestLogin: true, EntryRefusal.WrongCredentials, "ali", "Ali")),
            RoomPages.Refusal(new RefusalView(language, "Math", EntryRefusal.ServiceNotStarted, "Soon", "/ch/acme/math2")),
        ];

        foreach (var page in pages)
        {
            Assert.DoesNotMatch("""\son[a-z]+\s*=""", page);
            Assert.DoesNotMatch("""\sstyle\s*=""", page);
            Assert.DoesNotContain("<style", page);
            Assert.DoesNotContain("javascript:", page);
            foreach (Match script in ScriptTag().Matches(page))
            {
                Assert.Matches("src=\"/kelas/skyroom/|type=\"application/json\"", script.Value);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void HostileTextOnTheRoomPageIsEscaped(string lang)
    {
        var page = RoomPages.Room(new RoomView(EntryLanguage.Parse(lang), Hostile, Hostile, 3, false, Hostile, "/ch/a/b/socket\"><script>"));

        AssertNoHostileMarkup(page);
        Assert.Contains($"<title>{Html.Encode(Hostile)}</title>", page);
        Assert.Contains($"""<h1 dir="auto">{Html.Encode(Hostile)}</h1>""", page);
        Assert.Contains($"""<span class="me-nickname" dir="auto">{Html.Encode(Hostile)}</span>""", page);
        Assert.Contains($"data-ticket=\"{Html.Encode(Hostile)}\"", page);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void HostileTextOnTheSignInPageIsEscaped(string lang)
    {
        var page = RoomPages.Login(new LoginView(
            EntryLanguage.Parse(lang), Hostile, "/ch/a/b\"><script>", GuestLogin: true, EntryRefusal.NicknameInvalid, Hostile, Hostile));

        AssertNoHostileMarkup(page);
        Assert.Contains($"""<input id="username" name="username" type="text" dir="auto" autocomplete="username" autocapitalize="none" spellcheck="false" value="{Html.Encode(Hostile)}">""", page);
        Assert.Matches($"""<input id="nickname"[^>]* value="{Regex.Escape(Html.Encode(Hostile))}" autofocus>""", page);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void HostileTextOnTheRefusalPageIsEscaped(string lang)
    {
        var page = RoomPages.Refusal(new RefusalView(EntryLanguage.Parse(lang), Hostile, EntryRefusal.RoomFull, Hostile, "/ch/a/b\"><script>"));

        AssertNoHostileMarkup(page);
        Assert.Contains($"""<p class="eyebrow" dir="auto">{Html.Encode(Hostile)}</p>""", page);
        Assert.Contains($"""<p class="detail" dir="auto">{Html.Encode(Hostile)}</p>""", page);
    }

    [Theory]
    [MemberData(nameof(RefusalsInBothLanguages))]
    public void EveryRefusalHasItsPageInBothLanguages(string name, string lang)
    {
        var refusal = Enum.Parse<EntryRefusal>(name);
        var language = EntryLanguage.Parse(lang);

        var page = RoomPages.Refusal(new RefusalView(language, "کلاس ریاضی ۲", refusal));

        Assert.Matches($"""<main id="notice" [^>]*data-reason="{refusal.Code()}">""", page);
        Assert.Contains($"<h1>{Html.Encode(EntryTexts.Title(refusal, language))}</h1>", page);
        Assert.Contains($"""<p class="message">{Html.Encode(EntryTexts.Message(refusal, language))}</p>""", page);
        Assert.Contains(lang == "fa" ? "dir=\"rtl\"" : "dir=\"ltr\"", page);
        Assert.DoesNotContain("class=\"detail\"", page);
        Assert.DoesNotContain("<a ", page);
    }

    [Fact]
    public void ARefusalWithoutARoomStillReads()
    {
        var page = RoomPages.Refusal(new RefusalView(EntryLanguage.English, null, EntryRefusal.RoomNotFound));

        Assert.Contains("<title>Room not found</title>", page);
        Assert.DoesNotContain("eyebrow", page);
        Assert.Matches("""<main id="notice" [^>]*data-reason="room_not_found">""", page);
    }

    [Theory]
    [InlineData("fa", "بازگشت به صفحهٔ ورود")]
    [InlineData("en", "Back to the sign-in page")]
    public void ARefusalCanLinkBackAndSayMore(string lang, string back)
    {
        var page = RoomPages.Refusal(new RefusalView(EntryLanguage.Parse(lang), "Math", EntryRefusal.ServiceNotStarted, "Starts at 10:00", "/ch/acme/math2"));

        Assert.Contains("""<p class="detail" dir="auto">Starts at 10:00</p>""", page);
        Assert.Contains($"""<a class="button primary" href="/ch/acme/math2">{Html.Encode(back)}</a>""", page);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheSignInPageHasTheFormAndTheGuestFormWhenTheRoomTakesGuests(string lang)
    {
        var language = EntryLanguage.Parse(lang);

        var withGuests = RoomPages.Login(new LoginView(language, "Math", "/ch/acme/math2", GuestLogin: true));
        var withoutGuests = RoomPages.Login(new LoginView(language, "Math", "/ch/acme/math2", GuestLogin: false));

        foreach (var page in new[] { withGuests, withoutGuests })
        {
            Assert.Matches("""<form id="login-form"[^>]*method="post" action="/ch/acme/math2">""", page);
            Assert.Matches("<input id=\"username\" name=\"username\"", page);
            Assert.Matches("<input id=\"password\" name=\"password\" type=\"password\"", page);
            Assert.DoesNotContain("class=\"banner error\"", page);
        }

        Assert.Matches("""<form id="guest-form"[^>]*method="post" action="/ch/acme/math2">\s*<input type="hidden" name="guest" value="1">""", withGuests);
        Assert.Matches($"<input id=\"nickname\" name=\"nickname\"[^>]*maxlength=\"{RoomPages.NicknameMaxLength}\"", withGuests);
        Assert.DoesNotContain("guest-form", withoutGuests);
        Assert.DoesNotContain("id=\"nickname\"", withoutGuests);
    }

    [Theory]
    [InlineData("fa")]
    [InlineData("en")]
    public void TheSignInPageSaysWhyTheLastTryFailedAndKeepsWhatWasTyped(string lang)
    {
        var language = EntryLanguage.Parse(lang);

        var page = RoomPages.Login(new LoginView(language, "Math", "/ch/acme/math2", true, EntryRefusal.WrongCredentials, "ali", "Ali R"));

        Assert.Contains(
            $"""<p class="banner error" role="alert" data-reason="wrong_credentials">{Html.Encode(EntryTexts.Message(EntryRefusal.WrongCredentials, language))}</p>""",
            page);
        Assert.Matches("""<input id="username"[^>]* value="ali">""", page);
        Assert.Matches("""<input id="password"[^>]* autofocus>""", page);
        Assert.Matches("""<input id="nickname"[^>]* value="Ali R">""", page);
    }

    [Fact]
    public void PersianPagesWritePersianDigits()
    {
        var persian = RoomPages.Login(new LoginView(EntryLanguage.Persian, "Math", "/ch/acme/math2", GuestLogin: true));
        var english = RoomPages.Login(new LoginView(EntryLanguage.English, "Math", "/ch/acme/math2/l/en", GuestLogin: true));

        Assert.Contains("تا ۶۴ حرف", persian);
        Assert.Contains("up to 64 characters", english);
        Assert.Empty(Regex.Matches(VisibleText(persian), "[0-9]"));
    }

    [Theory]
    [InlineData("fa", "/ch/acme/math2", """<a href="/ch/acme/math2/l/en" lang="en" hreflang="en" dir="ltr">English</a>""")]
    [InlineData("fa", "/ch/acme/math2/l/fa", """<a href="/ch/acme/math2/l/en" lang="en" hreflang="en" dir="ltr">English</a>""")]
    [InlineData("en", "/ch/acme/math2/l/en", """<a href="/ch/acme/math2" lang="fa" hreflang="fa" dir="rtl">فارسی</a>""")]
    public void TheSignInPageLinksToTheOtherLanguage(string lang, string formPath, string link)
    {
        var page = RoomPages.Login(new LoginView(EntryLanguage.Parse(lang), "Math", formPath, GuestLogin: false));

        Assert.Contains(link, page);
    }

    [Theory]
    [InlineData("/somewhere/else")]
    [InlineData("/ch/acme")]
    [InlineData("/ch/acme/math2/t/token")]
    public void NoLanguageLinkWhenThePathIsNotARoomsOwnPage(string formPath)
    {
        var page = RoomPages.Login(new LoginView(EntryLanguage.Persian, "Math", formPath, GuestLogin: false));

        Assert.DoesNotContain("class=\"language\"", page);
    }

    [Theory]
    [InlineData(30, "About 1 minute left before this session reaches its maximum length.")]
    [InlineData(290, "About 5 minutes left before this session reaches its maximum length.")]
    public void TheWarningBannerReadsNaturallyInEnglish(long secondsLeft, string expected)
    {
        Assert.Equal(expected, EntryTexts.Warning(EntryRefusal.SessionOver, secondsLeft, EntryLanguage.English));
        Assert.Contains(secondsLeft == 30 ? "۱ دقیقه" : "۵ دقیقه", EntryTexts.Warning(EntryRefusal.SessionOver, secondsLeft, EntryLanguage.Persian));
    }

    private static void AssertNoHostileMarkup(string page)
    {
        Assert.DoesNotContain("<script>", page);
        Assert.DoesNotContain("\"><script", page);
        Assert.Contains("&lt;script&gt;", page);
    }

    /// <summary>The text between tags, without the script data block and the head (attributes and asset versions are no one's to read).</summary>
    private static string VisibleText(string page)
    {
        var body = page[page.IndexOf("<body", StringComparison.Ordinal)..];
        return System.Net.WebUtility.HtmlDecode(Tag().Replace(ScriptTag().Replace(body, ""), " "));
    }

    [GeneratedRegex("<script[^>]*>[^<]*</script>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
