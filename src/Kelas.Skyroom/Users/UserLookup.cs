using Kelas.Skyroom.Data;
using Kelas.Skyroom.Wire;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom.Users;

internal static class UserLookup
{
    /// <summary>The caller's user: 15 when no such user exists, 12 when it belongs to another account.</summary>
    public static async Task<User> RequireAsync(SkyroomActionContext context, long userId, bool tracked = false)
    {
        var query = tracked ? context.Db.Users : context.Db.Users.AsNoTracking();
        var user = await query.FirstOrDefaultAsync(u => u.Id == userId, context.Aborted)
            ?? throw SkyroomError.NotFound.ToException();
        return user.AccountId == context.Account.Id ? user : throw SkyroomError.NotAllowed.ToException();
    }

    public static async Task<User> RequireByIdOrUsernameAsync(SkyroomActionContext context)
    {
        var p = context.Params;
        if (p.HasValue("user_id") || !p.HasValue("username"))
        {
            return await RequireAsync(context, p.RequiredId("user_id"));
        }

        if (!UserFields.TryNormalizeUsername(p.OptionalString("username", UserFields.MaxUsernameLength), out var username))
        {
            throw SkyroomError.InvalidParam("username").ToException();
        }

        return await context.Db.Users.AsNoTracking()
            .FirstOrDefaultAsync(u => u.AccountId == context.Account.Id && u.Username == username, context.Aborted)
            ?? throw SkyroomError.NotFound.ToException();
    }
}
