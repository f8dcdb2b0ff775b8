using Kelas.Skyroom.Data;
using Kelas.Skyroom.LoginLinks;
using Kelas.Skyroom.Services;
using Kelas.Skyroom.Wire;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom.Rooms;

internal static class RoomActions
{
    public static IEnumerable<KeyValuePair<string, SkyroomAction>> All =>
    [
        new("getRooms", GetRoomsAsync),
        new("countRooms", CountRoomsAsync),
        new("getRoom", GetRoomAsync),
        new("getRoomUrl", GetRoomUrlAsync),
        new("createRoom", CreateRoomAsync),
        new("updateRoom", UpdateRoomAsync),
        new("deleteRoom", DeleteRoomAsync),
    ];

    private static Task<SkyroomResult> GetRoomsAsync(SkyroomActionContext context)
    {
        var rooms = context.Db.Rooms.AsNoTracking()
            .Where(r => r.AccountId == context.Account.Id)
            .OrderBy(r => r.Id)
            .Select(r => new RoomSummaryResponse(r.Id, r.ServiceId, r.Name, r.Title, r.Status))
            .AsAsyncEnumerable();
        return Task.FromResult(SkyroomResult.Stream(rooms, SkyroomJsonContext.Default.RoomSummaryResponse));
    }

    private static async Task<SkyroomResult> CountRoomsAsync(SkyroomActionContext context) =>
        SkyroomResult.Ok(await context.Db.Rooms.CountAsync(r => r.AccountId == context.Account.Id, context.Aborted));

    private static async Task<SkyroomResult> GetRoomAsync(SkyroomActionContext context) =>
        SkyroomResult.Ok(RoomResponse.From(await RoomLookup.RequireByIdOrNameAsync(context)), SkyroomJsonContext.Default.RoomResponse);

    private static async Task<SkyroomResult> GetRoomUrlAsync(SkyroomActionContext context)
    {
        var p = context.Params;
        var room = await RoomLookup.RequireAsync(context, p.RequiredId("room_id"));
        var language = LoginLinkActions.ReadLanguage(p);
        var relative = p.OptionalBool("relative") ?? false;
        return SkyroomResult.Ok(RoomUrls.Room(relative ? string.Empty : context.PublicBaseUrl, context.Account.Slug, room.Name, language));
    }

    private static async Task<SkyroomResult> CreateRoomAsync(SkyroomActionContext context)
    {
        var p = context.Params;
        if (!RoomNames.TryNormalize(p.OptionalString("name", RoomNames.MaxLength), out var name))
        {
            throw SkyroomError.InvalidParam("name").ToException();
        }

        var now = context.Now;
        var room = new Room
        {
            AccountId = context.Account.Id,
            Name = name,
            Title = p.OptionalString("title", 128) is { Length: > 0 } title ? title : name,
            Description = p.OptionalString("description", 512) is { Length: > 0 } description ? description : null,
            Status = p.OptionalInt("status", 0, 1) ?? 1,
            GuestLogin = p.OptionalBool("guest_login") ?? false,
            GuestLimit = p.OptionalInt("guest_limit") ?? 0,
            OpLoginFirst = p.OptionalBool("op_login_first") ?? false,
            MaxUsers = p.OptionalInt("max_users"),
            SessionDuration = p.OptionalInt("session_duration"),
            TimeLimit = p.OptionalLong("time_limit"),
            CreateTime = now,
            UpdateTime = now,
        };
        room.ServiceId = await ServiceActions.ResolveForNewRoomAsync(context, p.HasValue("service_id") ? p.RequiredId("service_id") : null);
        context.Db.Rooms.Add(room);
        await context.SaveAsync(SkyroomError.DuplicateRoom);
        return SkyroomResult.Ok(room.Id);
    }

    private static async Task<SkyroomResult> UpdateRoomAsync(SkyroomActionContext context)
    {
        var p = context.Params;
        var room = await RoomLookup.RequireAsync(context, p.RequiredId("room_id"), tracked: true);
        if (p.HasValue("name"))
        {
            room.Name = RoomNames.TryNormalize(p.OptionalString("name", RoomNames.MaxLength), out var name)
                ? name
                : throw SkyroomError.InvalidParam("name").ToException();
        }

        if (p.HasValue("title"))
        {
            room.Title = p.RequiredString("title", 128);
        }

        if (p.Has("description"))
        {
            room.Description = p.OptionalString("description", 512) is { Length: > 0 } description ? description : null;
        }

        if (p.HasValue("service_id"))
        {
            room.ServiceId = await ServiceActions.RequireOwnedAsync(context, p.RequiredId("service_id"));
        }

        room.Status = p.OptionalInt("status", 0, 1) ?? room.Status;
        room.GuestLogin = p.OptionalBool("guest_login") ?? room.GuestLogin;
        room.GuestLimit = p.OptionalInt("guest_limit") ?? room.GuestLimit;
        room.OpLoginFirst = p.OptionalBool("op_login_first") ?? room.OpLoginFirst;
        room.MaxUsers = p.Has("max_users") ? p.OptionalInt("max_users") : room.MaxUsers;
        room.SessionDuration = p.Has("session_duration") ? p.OptionalInt("session_duration") : room.SessionDuration;
        room.TimeLimit = p.Has("time_limit") ? p.OptionalLong("time_limit") : room.TimeLimit;
        room.UpdateTime = context.Now;
        await context.SaveAsync(SkyroomError.DuplicateRoom);
        return SkyroomResult.Ok(1);
    }

    private static async Task<SkyroomResult> DeleteRoomAsync(SkyroomActionContext context)
    {
        var room = await RoomLookup.RequireAsync(context, context.Params.RequiredId("room_id"));
        await context.Db.RoomUsers.Where(ru => ru.RoomId == room.Id).ExecuteDeleteAsync(context.Aborted);
        var deleted = await context.Db.Rooms.Where(r => r.Id == room.Id).ExecuteDeleteAsync(context.Aborted);
        return deleted == 1 ? SkyroomResult.Ok(1) : throw SkyroomError.NotFound.ToException();
    }
}
