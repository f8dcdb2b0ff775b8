using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Kelas.Skyroom.Entry.Pages;

/// <summary>
/// The HTML of room entry: the room page, the room's sign-in page and the refusal page, in Persian (right to left) or
/// English. Styles and the room script are <see cref="RoomAssets"/>; the documents carry no inline script, style or
/// event handler, so they run under <see cref="ContentSecurityPolicy"/>. Hooks: docs/room-entry.md.
/// </summary>
internal static partial class RoomPages
{
    /// <summary>The longest nickname a guest may choose.</summary>
    public const int NicknameMaxLength = 64;

    /// <summary>
    /// What the pages allow, also set as a <c>&lt;meta&gt;</c> in each document. An endpoint may send it as a header as
    /// well, with <c>frame-ancestors</c>, which a <c>&lt;meta&gt;</c> cannot carry.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The default encoder escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes, so the JSON is safe inside a script element.</summary>
    private static readonly JsonSerializerOptions ScriptJson = new(JsonSerializerDefaults.Web);

    public static string Room(RoomView view)
    {
        var language = view.Language;
        var texts = PageTexts.For(language);
        return Layout(language, view.RoomTitle, "room-page", $"""
            <main id="room" data-state="connecting" data-socket="{Html.Encode(view.SocketPath)}" data-ticket="{Html.Encode(view.Ticket)}">
              <header class="room-head">
                <div class="room-name">
                  <h1 dir="auto">{Html.Encode(view.RoomTitle)}</h1>
                  <p class="me"><span class="me-nickname" dir="auto">{Html.Encode(view.Nickname)}</span> · <span class="me-role">{Html.Encode(RoleName(texts.Script, view.Access, view.IsGuest))}</span></p>
                </div>
                <div class="room-meta">
                  <p class="elapsed" hidden><span class="elapsed-label">{Html.Encode(texts.Elapsed)}</span> <span id="elapsed" dir="ltr">--:--:--</span></p>
                  <p id="connection" class="connection" data-status="connecting" role="status"><span class="dot" aria-hidden="true"></span><span class="connection-text">{Html.Encode(texts.Script.Connecting)}</span></p>
                  <button id="end-session" class="button danger-outline" type="button" hidden>{Html.Encode(texts.EndSession)}</button>
                </div>
              </header>
              <p id="warning" class="banner" role="alert" hidden></p>
              <section id="lobby" class="panel" aria-labelledby="lobby-title" hidden>
                <span class="pulse" aria-hidden="true"></span>
                <h2 id="lobby-title">{Html.Encode(texts.LobbyTitle)}</h2>
                <p class="lobby-message" dir="auto">{Html.Encode(texts.LobbyText)}</p>
              </section>
              <section id="notice" class="panel" aria-labelledby="notice-title" hidden>
                <h2 id="notice-title" class="notice-title" dir="auto"></h2>
                <p class="notice-message" dir="auto"></p>
                <button class="button primary retry" type="button" hidden>{Html.Encode(texts.Script.TryAgain)}</button>
              </section>
              <div class="stage">
                <section class="people" aria-labelledby="people-title">
                  <h2 id="people-title">{Html.Encode(texts.Participants)} <span id="people-count" class="count"></span></h2>
                  <ul id="participants"></ul>
                </section>
                <section class="chat" aria-labelledby="chat-title">
                  <h2 id="chat-title" class="visually-hidden">{Html.Encode(texts.Chat)}</h2>
                  <ol id="chat-log" aria-live="polite"></ol>
                  <button id="chat-new" class="chat-new" type="button" hidden>{Html.Encode(texts.Script.NewMessages)} <span aria-hidden="true">↓</span></button>
                  <p class="chat-empty">{Html.Encode(texts.Script.EmptyChat)}</p>
                  <p id="chat-error" class="chat-error" role="alert" hidden></p>
                  <form id="chat-form" class="composer">
                    <input id="chat-input" name="text" type="text" dir="auto" maxlength="1000" autocomplete="off" placeholder="{Html.Encode(texts.ChatPlaceholder)}" aria-label="{Html.Encode(texts.ChatPlaceholder)}" disabled>
                    <button id="chat-send" class="button primary" type="submit" disabled>{Html.Encode(texts.Send)}</button>
                  </form>
                </section>
              </div>
            </main>
            <dialog id="confirm" aria-labelledby="confirm-text">
              <form method="dialog">
                <p id="confirm-text"></p>
                <div class="dialog-buttons">
                  <button id="confirm-cancel" class="button" value="cancel">{Html.Encode(texts.Script.Cancel)}</button>
                  <button id="confirm-ok" class="button danger" value="ok"></button>
                </div>
              </form>
            </dialog>
            <script type="application/json" id="room-texts">{JsonSerializer.Serialize(texts.Script, ScriptJson)}</script>
            """, script: true);
    }

    public static string Login(LoginView view)
    {
        var language = view.Language;
        var texts = PageTexts.For(language);
        var error = view.Error is { } refusal
            ? $"""<p class="banner error" role="alert" data-reason="{refusal.Code()}">{Html.Encode(EntryTexts.Message(refusal, language))}</p>"""
            : "";
        var focusNickname = view.Error == EntryRefusal.NicknameInvalid && view.GuestLogin;
        var focusPassword = !focusNickname && !string.IsNullOrEmpty(view.Username);
        var guest = view.GuestLogin
            ? $"""
              <p class="or"><span>{Html.Encode(texts.Or)}</span></p>
              <form id="guest-form" class="form" method="post" action="{Html.Encode(view.FormPath)}">
                <input type="hidden" name="guest" value="1">
                <h2>{Html.Encode(texts.GuestTitle)}</h2>
                <label for="nickname">{Html.Encode(texts.Nickname)}</label>
                <input id="nickname" name="nickname" type="text" dir="auto" maxlength="{NicknameMaxLength}" autocomplete="nickname" aria-describedby="nickname-hint" value="{Html.Encode(view.Nickname ?? "")}"{(focusNickname ? " autofocus" : "")}>
                <p id="nickname-hint" class="hint">{Html.Encode(string.Format(CultureInfo.InvariantCulture, texts.NicknameHint, language.Number(NicknameMaxLength)))}</p>
                <button class="button secondary" type="submit">{Html.Encode(texts.EnterAsGuest)}</button>
              </form>
              """
            : "";
        return Layout(language, $"{view.RoomTitle} · {texts.SignInTitle}", "form-page", $"""
            <main class="card sign-in">
              <p class="eyebrow">{Html.Encode(texts.SignInTitle)}</p>
              <h1 dir="auto">{Html.Encode(view.RoomTitle)}</h1>
              {error}
              <form id="login-form" class="form" method="post" action="{Html.Encode(view.FormPath)}">
                <label for="username">{Html.Encode(texts.Username)}</label>
                <input id="username" name="username" type="text" dir="auto" autocomplete="username" autocapitalize="none" spellcheck="false" value="{Html.Encode(view.Username ?? "")}"{(focusNickname || focusPassword ? "" : " autofocus")}>
                <label for="password">{Html.Encode(texts.Password)}</label>
                <input id="password" name="password" type="password" dir="ltr" autocomplete="current-password"{(focusPassword ? " autofocus" : "")}>
                <button class="button primary" type="submit">{Html.Encode(texts.SignIn)}</button>
              </form>
              {guest}
              {LanguageSwitch(language, view.FormPath)}
            </main>
            """);
    }

    public static string Refusal(RefusalView view)
    {
        var language = view.Language;
        var title = EntryTexts.Title(view.Refusal, language);
        var room = view.RoomTitle is null ? "" : $"""<p class="eyebrow" dir="auto">{Html.Encode(view.RoomTitle)}</p>""";
        var detail = view.Detail is null ? "" : $"""<p class="detail" dir="auto">{Html.Encode(view.Detail)}</p>""";
        var retry = view.RetryPath is null
            ? ""
            : $"""<p class="actions"><a class="button primary" href="{Html.Encode(view.RetryPath)}">{Html.Encode(PageTexts.For(language).BackToRoom)}</a></p>""";
        return Layout(language, view.RoomTitle is null ? title : $"{title} · {view.RoomTitle}", "form-page", $"""
            <main id="notice" class="card notice" data-reason="{view.Refusal.Code()}">
              {room}
              <h1>{Html.Encode(title)}</h1>
              <p class="message">{Html.Encode(EntryTexts.Message(view.Refusal, language))}</p>
              {detail}
              {retry}
            </main>
            """);
    }

    /// <summary>access 1–4 (participant … admin), or a guest.</summary>
    private static string RoleName(ScriptTexts texts, int access, bool guest) =>
        guest ? texts.Guest : texts.Roles[Math.Clamp(access, 1, texts.Roles.Count) - 1];

    /// <summary>A link to the same page in the other language, when <paramref name="formPath"/> is a room's own page.</summary>
    private static string LanguageSwitch(EntryLanguage language, string formPath)
    {
        var match = RoomPagePath().Match(formPath);
        if (!match.Success)
        {
            return "";
        }

        var persianPath = match.Groups["room"].Value;
        return language.IsPersian
            ? $"""<p class="language"><a href="{Html.Encode(persianPath + "/l/en")}" lang="en" hreflang="en" dir="ltr">English</a></p>"""
            : $"""<p class="language"><a href="{Html.Encode(persianPath)}" lang="fa" hreflang="fa" dir="rtl">فارسی</a></p>""";
    }

    /// <summary><c>/ch/{account}/{room}</c>, optionally followed by <c>/l/{lang}</c>.</summary>
    [GeneratedRegex("^(?<room>/ch/[^/?#]+/[^/?#]+)(?:/l/[^/?#]+)?/?$")]
    private static partial Regex RoomPagePath();

    private static string Layout(EntryLanguage language, string title, string pageClass, string body, bool script = false) => $"""
        <!doctype html>
        <html lang="{language.Code}" dir="{language.Direction}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
        <meta name="robots" content="noindex, nofollow">
        <meta name="referrer" content="no-referrer">
        <meta http-equiv="Content-Security-Policy" content="{ContentSecurityPolicy}">
        <meta name="color-scheme" content="light">
        <link rel="icon" href="data:,">
        <title>{Html.Encode(title)}</title>
        <link rel="stylesheet" href="{RoomAssets.Style.Url}">{(script ? $"\n<script src=\"{RoomAssets.Script.Url}\" defer></script>" : "")}
        </head>
        <body class="{pageClass}">
        {body}
        </body>
        </html>
        """;
}
