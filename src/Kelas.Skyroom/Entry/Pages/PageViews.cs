namespace Kelas.Skyroom.Entry.Pages;

/// <summary>The room page: who enters, and what its script needs to open the room socket (docs/room-entry.md).</summary>
/// <param name="Ticket">The entry ticket the script sends in its <c>hello</c> frame.</param>
/// <param name="SocketPath">Path of the room socket, <c>/ch/{account}/{room}/socket</c>; the script adds scheme and host.</param>
internal sealed record RoomView(
    EntryLanguage Language, string RoomTitle, string Nickname, int Access, bool IsGuest, string Ticket, string SocketPath);

/// <summary>The room's own page: username and password, and a guest form when the room takes guests.</summary>
/// <param name="FormPath">Where both forms post (the page's own path).</param>
/// <param name="Error">Why the last attempt failed, shown above the forms.</param>
/// <param name="Username">The username tried last, to fill in again.</param>
internal sealed record LoginView(
    EntryLanguage Language, string RoomTitle, string FormPath, bool GuestLogin, EntryRefusal? Error = null, string? Username = null, string? Nickname = null);

/// <summary>A page that says why someone cannot enter.</summary>
/// <param name="RoomTitle">Null when the room itself is unknown.</param>
/// <param name="Detail">An extra line, such as when the service starts.</param>
/// <param name="RetryPath">A link back (the room's login page) when trying again could help.</param>
internal sealed record RefusalView(
    EntryLanguage Language, string? RoomTitle, EntryRefusal Refusal, string? Detail = null, string? RetryPath = null);
