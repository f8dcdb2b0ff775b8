using System.Globalization;
using Kelas.Core.Http;
using Kelas.Core.RateLimiting;
using Kelas.Core.Time;
using Kelas.Skyroom.Access;
using Kelas.Skyroom.Data;
using Kelas.Skyroom.Entry.Pages;
using Kelas.Skyroom.LoginLinks;
using Kelas.Skyroom.Presence;
using Kelas.Skyroom.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kelas.Skyroom.Entry;

/// <summary>
/// The doors of a room (docs/room-entry.md): a login link, the room's own page with its password and guest forms,
/// and the room socket. Every page answers in the link's language; every refusal is a page of its own.
/// </summary>
internal static class RoomEntryEndpoints
{
    private const string LoginQuotaScope = "skyroom-room-login";
    private const int MaxFormBytes = 16 * 1024;
    private const int MaxNicknameLength = 64;

    public static IEndpointRouteBuilder MapRoomEntry(this IEndpointRouteBuilder app)
    {
        var room = app.MapGroup("/ch/{account}/{room}").ExcludeFromDescription();
        room.MapGet("/t/{token}", (HttpContext http, string account, string room, string token, RoomPresence presence, SkyroomDbContext db) =>
            EnterWithTokenAsync(http, account, room, token, null, presence, db));
        room.MapGet("/t/{token}/l/{lang}", (HttpContext http, string account, string room, string token, string lang, RoomPresence presence, SkyroomDbContext db) =>
            EnterWithTokenAsync(http, account, room, token, lang, presence, db));
        room.MapGet("/", (HttpContext http, string account, string room, SkyroomDbContext db) => ShowLoginAsync(http, account, room, null, db));
        room.MapGet("/l/{lang}", (HttpContext http, string account, string room, string lang, SkyroomDbContext db) => ShowLoginAsync(http, account, room, lang, db));
        room.MapPost("/", (HttpContext http, string account, string room, RoomPresence presence, SkyroomDbContext db, IRequestQuota quota) =>
            LogInAsync(http, account, room, null, presence, db, quota));
        room.MapPost("/l/{lang}", (HttpContext http, string account, string room, string lang, RoomPresence presence, SkyroomDbContext db, IRequestQuota quota) =>
            LogInAsync(http, account, room, lang, presence, db, quota));
        room.Map("/socket", async (HttpContext http, string account, string room, SkyroomDbContext db, RoomHub hub, TimeProvider clock) =>
        {
            if (!http.WebSockets.IsWebSocketRequest)
            {
                return Results.Text("This is the room's WebSocket; open the room page instead.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            var found = await FindAsync(db, account, room, http.RequestAborted);
            if (found is null)
            {
                return Results.NotFound();
            }

            await RoomSocket.RunAsync(http, found.Value.Account, found.Value.Room, hub, clock);
            return Results.Empty;
        });
        return app;
    }

    private static async Task<IResult> EnterWithTokenAsync(
        HttpContext http, string accountSlug, string roomName, string token, string? lang, RoomPresence presence, SkyroomDbContext db)
    {
        var language = EntryLanguage.Parse(lang);
        var found = await FindAsync(db, accountSlug, roomName, http.RequestAborted);
        if (found is not var (account, room))
        {
            return Refusal(language, null, EntryRefusal.RoomNotFound);
        }

        var secret = Convert.FromBase64String(account.LoginSecret);
        var claims = LoginTokens.Read(secret, token);
        if (claims is null || claims.RoomId != room.Id)
        {
            return Refusal(language, room.Title, EntryRefusal.TokenInvalid);
        }

        if (claims.Expires <= presence.Now)
        {
            return Refusal(language, room.Title, EntryRefusal.TokenExpired);
        }

        EntryIdentity who;
        if (claims.UserId is { } userId)
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId && u.AccountId == account.Id, http.RequestAborted);
            var access = await RoomAccess.FindAsync(db, room.Id, userId, http.RequestAborted);
            if (user is null || access is null)
            {
                return Refusal(language, room.Title, EntryRefusal.NoAccess);
            }

            who = EntryIdentity.ForUser(account.Id, room.Id, user.Id, user.Nickname, access.Value, language.Code);
        }
        else
        {
            who = EntryIdentity.ForApiLink(account.Id, room.Id, claims.ApiUserId!, claims.Nickname!, claims.Access, claims.Concurrent, language.Code);
        }

        return await OpenRoomAsync(http, db, account, room, who, presence, language, retryPath: null);
    }

    private static async Task<IResult> ShowLoginAsync(HttpContext http, string accountSlug, string roomName, string? lang, SkyroomDbContext db)
    {
        var language = EntryLanguage.Parse(lang);
        var found = await FindAsync(db, accountSlug, roomName, http.RequestAborted);
        if (found is not var (account, room))
        {
            return Refusal(language, null, EntryRefusal.RoomNotFound);
        }

        if (account.Status != 1)
        {
            return Refusal(language, room.Title, EntryRefusal.AccountDisabled);
        }

        return Page(RoomPages.Login(new LoginView(language, room.Title, http.Request.Path, room.GuestLogin)));
    }

    private static async Task<IResult> LogInAsync(
        HttpContext http, string accountSlug, string roomName, string? lang, RoomPresence presence, SkyroomDbContext db, IRequestQuota quota)
    {
        var language = EntryLanguage.Parse(lang);
        var aborted = http.RequestAborted;
        var found = await FindAsync(db, accountSlug, roomName, aborted);
        if (found is not var (account, room))
        {
            return Refusal(language, null, EntryRefusal.RoomNotFound);
        }

        var formPath = http.Request.Path.Value ?? "/";
        var form = await BoundedRequests.ReadFormAsync(http.Request, MaxFormBytes, maxValues: 16, aborted);
        if (form is null)
        {
            return Login(language, room, formPath, EntryRefusal.WrongCredentials);
        }

        EntryIdentity who;
        if (form["guest"] == "1")
        {
            var nickname = form["nickname"].ToString().Trim();
            if (!room.GuestLogin)
            {
                return Refusal(language, room.Title, EntryRefusal.GuestsNotAllowed, formPath);
            }

            if (nickname.Length is 0 or > MaxNicknameLength || nickname.Any(char.IsControl) || nickname.Any(char.IsSurrogate))
            {
                return Login(language, room, formPath, EntryRefusal.NicknameInvalid, nickname: nickname.Length > MaxNicknameLength ? null : nickname);
            }

            who = EntryIdentity.ForGuest(account.Id, room.Id, nickname, language.Code);
        }
        else
        {
            var username = form["username"].ToString().Trim().ToLowerInvariant();
            var password = form["password"].ToString();
            if (username.Length is 0 or > 32 || password.Length is 0 or > 128)
            {
                return Login(language, room, formPath, EntryRefusal.WrongCredentials, username.Length > 32 ? null : username);
            }

            var attempt = await quota.TryTakeAsync(
                LoginQuotaScope, account.Id.ToString(CultureInfo.InvariantCulture) + "/" + username, presence.Options.LoginAttemptsPerMinute, aborted);
            if (!attempt.Allowed)
            {
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(attempt.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return Login(language, room, formPath, EntryRefusal.TooManyAttempts, username, StatusCodes.Status429TooManyRequests);
            }

            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.AccountId == account.Id && u.Username == username, aborted);
            if (!PasswordHasher.Verify(password, user?.PasswordHash) || user is null)
            {
                return Login(language, room, formPath, EntryRefusal.WrongCredentials, username, StatusCodes.Status401Unauthorized);
            }

            var access = await RoomAccess.FindAsync(db, room.Id, user.Id, aborted);
            if (access is null)
            {
                return Refusal(language, room.Title, EntryRefusal.NoAccess, formPath);
            }

            who = EntryIdentity.ForUser(account.Id, room.Id, user.Id, user.Nickname, access.Value, language.Code);
        }

        return await OpenRoomAsync(http, db, account, room, who, presence, language, formPath);
    }

    /// <summary>The room page for someone the rules would let in (or into the lobby); otherwise the refusal.</summary>
    private static async Task<IResult> OpenRoomAsync(
        HttpContext http, SkyroomDbContext db, Account account, Room room, EntryIdentity who, RoomPresence presence, EntryLanguage language, string? retryPath)
    {
        var decision = await presence.PrecheckAsync(who, http.RequestAborted);
        if (decision.Verdict == EntryVerdict.Refuse)
        {
            var start = decision.Refusal == EntryRefusal.ServiceNotStarted
                ? await db.Services.AsNoTracking().Where(s => s.Id == room.ServiceId).Select(s => s.StartTime).FirstOrDefaultAsync(http.RequestAborted)
                : null;
            return Refusal(language, room.Title, decision.Refusal, retryPath, start is { } at ? StartsAt(at, language) : null);
        }

        var expires = presence.Now + (presence.Options.TicketLifetimeMinutes * 60L);
        var ticket = EntryTickets.Issue(Convert.FromBase64String(account.LoginSecret), who, expires);
        return Page(RoomPages.Room(new RoomView(
            language, room.Title, who.Nickname, who.Access, who.IsGuest, ticket, $"/ch/{account.Slug}/{room.Name}/socket")));
    }

    /// <summary>"Starts on …" in Tehran time: the Solar Hijri date in Persian, the Gregorian one in English.</summary>
    private static string StartsAt(long unix, EntryLanguage language)
    {
        var tehran = KelasDates.ToTehran(unix);
        return language.IsPersian
            ? "زمان شروع: " + Core.Text.PersianDigits.ToPersian(KelasDates.FormatSolarHijri(tehran.DateTime) + tehran.ToString(" 'ساعت' HH:mm", CultureInfo.InvariantCulture)) + " به وقت تهران"
            : "It starts on " + tehran.ToString("yyyy-MM-dd 'at' HH:mm", CultureInfo.InvariantCulture) + " (Tehran time).";
    }

    private static async Task<(Account Account, Room Room)?> FindAsync(SkyroomDbContext db, string accountSlug, string roomName, CancellationToken cancellationToken)
    {
        if (accountSlug.Length > 63 || roomName.Length > 128)
        {
            return null;
        }

        var slug = accountSlug.ToLowerInvariant();
        var name = roomName.ToLowerInvariant();
        var found = await (
            from account in db.Accounts.AsNoTracking()
            join room in db.Rooms.AsNoTracking() on account.Id equals room.AccountId
            where account.Slug == slug && room.Name == name
            select new { account, room }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.account, found.room);
    }

    private static IResult Login(EntryLanguage language, Room room, string formPath, EntryRefusal error, string? username = null, int status = StatusCodes.Status400BadRequest, string? nickname = null) =>
        Page(RoomPages.Login(new LoginView(language, room.Title, formPath, room.GuestLogin, error, username, nickname)), status);

    private static IResult Refusal(EntryLanguage language, string? roomTitle, EntryRefusal refusal, string? retryPath = null, string? detail = null) =>
        Page(RoomPages.Refusal(new RefusalView(language, roomTitle, refusal, detail, retryPath)), refusal.HttpStatus());

    private static IResult Page(string html, int status = StatusCodes.Status200OK) => new PageResult(html, status);

    /// <summary>
    /// An HTML page that must not be cached, framed or leak its URL (a login link carries its token in the path)
    /// through the Referer header.
    /// </summary>
    private sealed class PageResult(string html, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            var headers = http.Response.Headers;
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Frame-Options"] = "DENY";
            headers.ContentSecurityPolicy = RoomPages.ContentSecurityPolicy + "; frame-ancestors 'none'";
            headers["X-Content-Type-Options"] = "nosniff";
            http.Response.StatusCode = status;
            http.Response.ContentType = "text/html; charset=utf-8";
            return http.Response.WriteAsync(html, http.RequestAborted);
        }
    }
}
