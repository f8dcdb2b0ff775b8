using Kelas.Skyroom.Rooms;
using Kelas.Skyroom.Users;
using Kelas.Skyroom.Wire;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom.LoginLinks;

internal static class LoginLinkActions
{
    public const int DefaultTtlSeconds = 3600;

    /// <summary>Ten years: longer links are almost certainly a unit mistake (milliseconds for seconds).</summary>
    public const int MaxTtlSeconds = 10 * 365 * 24 * 3600;

    public static IEnumerable<KeyValuePair<string, SkyroomAction>> All =>
    [
        new("createLoginUrl", CreateLoginUrlAsync),
        new("getLoginUrl", GetLoginUrlAsync),
    ];

    private static async Task<SkyroomResult> CreateLoginUrlAsync(SkyroomActionContext context)
    {
        var p = context.Params;
        var room = await RoomLookup.RequireAsync(context, p.RequiredId("room_id"));
        var userId = p.RequiredString("user_id", 128);
        if (userId.Any(char.IsWhiteSpace))
        {
            throw SkyroomError.InvalidParam("user_id").ToException();
        }

        var nickname = p.RequiredString("nickname", 128);
        var access = p.OptionalInt("access", 1, 4) ?? 1;
        var concurrent = p.OptionalInt("concurrent", 0, 10_000) ?? 1;
        var ttl = p.OptionalLong("ttl", 1, MaxTtlSeconds) ?? DefaultTtlSeconds;
        var language = ReadLanguage(p) ?? RoomUrls.DefaultLanguage;

        var token = LoginTokens.ApiLogin(
            Convert.FromBase64String(context.Account.LoginSecret), context.Now + ttl, room.Id, userId, nickname, access, concurrent);
        return SkyroomResult.Ok(RoomUrls.Login(context.PublicBaseUrl, context.Account.Slug, room.Name, token, language));
    }

    /// <summary>Deprecated on the live service but still called: a link for an existing user with access to the room.</summary>
    private static async Task<SkyroomResult> GetLoginUrlAsync(SkyroomActionContext context)
    {
        var p = context.Params;
        var room = await RoomLookup.RequireAsync(context, p.RequiredId("room_id"));
        var user = await UserLookup.RequireAsync(context, p.RequiredId("user_id"));
        var ttl = p.OptionalLong("ttl", 1, MaxTtlSeconds) ?? DefaultTtlSeconds;
        var language = ReadLanguage(p) ?? RoomUrls.DefaultLanguage;
        if (!await context.Db.RoomUsers.AnyAsync(ru => ru.RoomId == room.Id && ru.UserId == user.Id, context.Aborted))
        {
            throw SkyroomError.NotAllowed.ToException();
        }

        var token = LoginTokens.UserLogin(Convert.FromBase64String(context.Account.LoginSecret), context.Now + ttl, room.Id, user.Id);
        return SkyroomResult.Ok(RoomUrls.Login(context.PublicBaseUrl, context.Account.Slug, room.Name, token, language));
    }

    /// <summary>A two-letter language code (fa, en, …), lowercased; null when absent.</summary>
    public static string? ReadLanguage(SkyroomParams p)
    {
        var language = p.OptionalString("language", 2)?.ToLowerInvariant();
        return language switch
        {
            null or "" => null,
            { Length: 2 } when language.All(char.IsAsciiLetterLower) => language,
            _ => throw SkyroomError.InvalidParam("language").ToException(),
        };
    }
}
