using System.Text.Json.Nodes;
using Kelas.Core.Database;
using Kelas.Skyroom.Data;
using Kelas.Skyroom.Rooms;
using Kelas.Skyroom.Users;
using Kelas.Skyroom.Wire;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom.Access;

/// <summary>Who may enter which room, seen from the room (…RoomUsers) or from the user (…UserRooms).</summary>
internal static class AccessActions
{
    public static IEnumerable<KeyValuePair<string, SkyroomAction>> All =>
    [
        new("getRoomUsers", GetRoomUsersAsync),
        new("addRoomUsers", AddRoomUsersAsync),
        new("removeRoomUsers", RemoveRoomUsersAsync),
        new("updateRoomUser", UpdateRoomUserAsync),
        new("getUserRooms", GetUserRoomsAsync),
        new("addUserRooms", AddUserRoomsAsync),
        new("removeUserRooms", RemoveUserRoomsAsync),
    ];

    private static async Task<SkyroomResult> GetRoomUsersAsync(SkyroomActionContext context)
    {
        var room = await RoomLookup.RequireAsync(context, context.Params.RequiredId("room_id"));
        var users = context.Db.RoomUsers.AsNoTracking()
            .Where(ru => ru.RoomId == room.Id)
            .Join(context.Db.Users, ru => ru.UserId, u => u.Id, (ru, u) => new { ru.Access, u.Id, u.Username, u.Nickname })
            .OrderBy(x => x.Id)
            .Select(x => new RoomUserResponse(x.Id, x.Username, x.Nickname, x.Access))
            .AsAsyncEnumerable();
        return SkyroomResult.Stream(users, SkyroomJsonContext.Default.RoomUserResponse);
    }

    private static async Task<SkyroomResult> GetUserRoomsAsync(SkyroomActionContext context)
    {
        var user = await UserLookup.RequireAsync(context, context.Params.RequiredId("user_id"));
        var rooms = context.Db.RoomUsers.AsNoTracking()
            .Where(ru => ru.UserId == user.Id)
            .Join(context.Db.Rooms, ru => ru.RoomId, r => r.Id, (ru, r) => new { ru.Access, r.Id, r.Name, r.Title })
            .OrderBy(x => x.Id)
            .Select(x => new UserRoomResponse(x.Id, x.Name, x.Title, x.Access))
            .AsAsyncEnumerable();
        return SkyroomResult.Stream(rooms, SkyroomJsonContext.Default.UserRoomResponse);
    }

    private static async Task<SkyroomResult> AddRoomUsersAsync(SkyroomActionContext context)
    {
        var room = await RoomLookup.RequireAsync(context, context.Params.RequiredId("room_id"));
        var grants = ReadGrants(context, "users", "user_id");
        await RequireOwnedAsync(context, ids => context.Db.Users.Where(u => ids.Contains(u.Id)).Select(u => new Owned(u.Id, u.AccountId)), grants.Keys, mustExist: true);
        return SkyroomResult.Ok(await UpsertAsync(context, grants.Select(g => new RoomUser { RoomId = room.Id, UserId = g.Key, Access = g.Value })));
    }

    private static async Task<SkyroomResult> AddUserRoomsAsync(SkyroomActionContext context)
    {
        var user = await UserLookup.RequireAsync(context, context.Params.RequiredId("user_id"));
        var grants = ReadGrants(context, "rooms", "room_id");
        await RequireOwnedAsync(context, ids => context.Db.Rooms.Where(r => ids.Contains(r.Id)).Select(r => new Owned(r.Id, r.AccountId)), grants.Keys, mustExist: true);
        return SkyroomResult.Ok(await UpsertAsync(context, grants.Select(g => new RoomUser { RoomId = g.Key, UserId = user.Id, Access = g.Value })));
    }

    private static async Task<SkyroomResult> RemoveRoomUsersAsync(SkyroomActionContext context)
    {
        var room = await RoomLookup.RequireAsync(context, context.Params.RequiredId("room_id"));
        var userIds = ReadIds(context, "users", "user_id");
        await RequireOwnedAsync(context, ids => context.Db.Users.Where(u => ids.Contains(u.Id)).Select(u => new Owned(u.Id, u.AccountId)), userIds, mustExist: false);
        var removed = await context.Db.RoomUsers
            .Where(ru => ru.RoomId == room.Id && userIds.Contains(ru.UserId))
            .ExecuteDeleteAsync(context.Aborted);
        return SkyroomResult.Ok(removed);
    }

    private static async Task<SkyroomResult> RemoveUserRoomsAsync(SkyroomActionContext context)
    {
        var user = await UserLookup.RequireAsync(context, context.Params.RequiredId("user_id"));
        var roomIds = ReadIds(context, "rooms", "room_id");
        await RequireOwnedAsync(context, ids => context.Db.Rooms.Where(r => ids.Contains(r.Id)).Select(r => new Owned(r.Id, r.AccountId)), roomIds, mustExist: false);
        var removed = await context.Db.RoomUsers
            .Where(ru => ru.UserId == user.Id && roomIds.Contains(ru.RoomId))
            .ExecuteDeleteAsync(context.Aborted);
        return SkyroomResult.Ok(removed);
    }

    private static async Task<SkyroomResult> UpdateRoomUserAsync(SkyroomActionContext context)
    {
        var p = context.Params;
        var room = await RoomLookup.RequireAsync(context, p.RequiredId("room_id"));
        var user = await UserLookup.RequireAsync(context, p.RequiredId("user_id"));
        var access = p.OptionalInt("access", 1, 4) ?? throw SkyroomError.InvalidParam("access").ToException();
        var updated = await context.Db.RoomUsers
            .Where(ru => ru.RoomId == room.Id && ru.UserId == user.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(ru => ru.Access, access), context.Aborted);
        return updated == 1 ? SkyroomResult.Ok(1) : throw SkyroomError.NotFound.ToException();
    }

    /// <summary>
    /// Entries of <paramref name="listName"/>: objects <c>{"user_id":5,"access":2}</c>, or bare ids (access 1).
    /// A repeated id keeps its last access.
    /// </summary>
    private static Dictionary<long, int> ReadGrants(SkyroomActionContext context, string listName, string idName)
    {
        var grants = new Dictionary<long, int>();
        foreach (var entry in context.Params.RequiredArray(listName, context.Options.MaxBatchItems))
        {
            if (entry is JsonObject)
            {
                var item = SkyroomParams.ItemObject(entry, listName);
                grants[item.RequiredId(idName)] = item.OptionalInt("access", 1, 4) ?? 1;
            }
            else
            {
                grants[SkyroomParams.ReadLong(entry, listName, 1) ?? throw SkyroomError.InvalidParam(listName).ToException()] = 1;
            }
        }

        return grants;
    }

    /// <summary>Entries of <paramref name="listName"/> as ids: bare ids, or objects carrying <paramref name="idName"/>.</summary>
    private static List<long> ReadIds(SkyroomActionContext context, string listName, string idName) =>
        context.Params.RequiredArray(listName, context.Options.MaxBatchItems)
            .Select(entry => entry is JsonObject
                ? SkyroomParams.ItemObject(entry, listName).RequiredId(idName)
                : SkyroomParams.ReadLong(entry, listName, 1) ?? throw SkyroomError.InvalidParam(listName).ToException())
            .Distinct()
            .ToList();

    private sealed record Owned(long Id, long AccountId);

    /// <summary>Any id of another account → 12; with <paramref name="mustExist"/>, any unknown id → 15.</summary>
    private static async Task RequireOwnedAsync(
        SkyroomActionContext context, Func<IReadOnlyCollection<long>, IQueryable<Owned>> lookup, IReadOnlyCollection<long> ids, bool mustExist)
    {
        var found = await lookup(ids).ToListAsync(context.Aborted);
        if (found.Any(o => o.AccountId != context.Account.Id))
        {
            throw SkyroomError.NotAllowed.ToException();
        }

        if (mustExist && found.Count != ids.Count)
        {
            throw SkyroomError.NotFound.ToException();
        }
    }

    /// <summary>Inserts or updates each grant; a concurrent insert of the same pair is retried once as an update.</summary>
    private static async Task<int> UpsertAsync(SkyroomActionContext context, IEnumerable<RoomUser> grants)
    {
        var wanted = grants.ToList();
        for (var attempt = 0; ; attempt++)
        {
            var roomIds = wanted.Select(g => g.RoomId).Distinct().ToList();
            var userIds = wanted.Select(g => g.UserId).Distinct().ToList();
            var existing = await context.Db.RoomUsers
                .Where(ru => roomIds.Contains(ru.RoomId) && userIds.Contains(ru.UserId))
                .ToDictionaryAsync(ru => (ru.RoomId, ru.UserId), context.Aborted);
            foreach (var grant in wanted)
            {
                if (existing.TryGetValue((grant.RoomId, grant.UserId), out var row))
                {
                    row.Access = grant.Access;
                }
                else
                {
                    context.Db.RoomUsers.Add(new RoomUser { RoomId = grant.RoomId, UserId = grant.UserId, Access = grant.Access });
                }
            }

            try
            {
                await context.Db.SaveChangesAsync(context.Aborted);
                return wanted.Count;
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation() && attempt == 0)
            {
                context.Db.ChangeTracker.Clear();
            }
        }
    }
}
