using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Kelas.Skyroom.Entry.Pages;

/// <summary>The HTML of room entry. Plain for now; see docs/room-entry.md for the hooks the room page must carry.</summary>
internal static class RoomPages
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Room(RoomView view) => Layout(view.Language, view.RoomTitle, $"""
        <main id="room" data-state="connecting" data-ticket="{Html.Encode(view.Ticket)}" data-socket="{Html.Encode(view.SocketPath)}">
          <h1>{Html.Encode(view.RoomTitle)}</h1>
          <ul id="participants"></ul>
        </main>
        """);

    public static string Login(LoginView view) => Layout(view.Language, view.RoomTitle, $"""
        <main>
          <h1>{Html.Encode(view.RoomTitle)}</h1>
          {(view.Error is { } error ? $"<p class=\"error\" data-reason=\"{error.Code()}\">{Html.Encode(EntryTexts.Message(error, view.Language))}</p>" : "")}
          <form id="login-form" method="post" action="{Html.Encode(view.FormPath)}">
            <input id="username" name="username" value="{Html.Encode(view.Username ?? "")}">
            <input id="password" name="password" type="password">
            <button type="submit">OK</button>
          </form>
          {(view.GuestLogin ? $"<form id=\"guest-form\" method=\"post\" action=\"{Html.Encode(view.FormPath)}\"><input type=\"hidden\" name=\"guest\" value=\"1\"><input id=\"nickname\" name=\"nickname\"><button type=\"submit\">OK</button></form>" : "")}
        </main>
        """);

    public static string Refusal(RefusalView view) => Layout(view.Language, view.RoomTitle ?? "", $"""
        <main id="notice" data-reason="{view.Refusal.Code()}">
          <h1>{Html.Encode(EntryTexts.Title(view.Refusal, view.Language))}</h1>
          <p>{Html.Encode(EntryTexts.Message(view.Refusal, view.Language))}</p>
          {(view.Detail is null ? "" : $"<p>{Html.Encode(view.Detail)}</p>")}
        </main>
        """);

    private static string Layout(EntryLanguage language, string title, string body) => $"""
        <!doctype html>
        <html lang="{language.Code}" dir="{language.Direction}">
        <head><meta charset="utf-8"><title>{Html.Encode(title)}</title></head>
        <body>
        {body}
        </body>
        </html>
        """;
}
