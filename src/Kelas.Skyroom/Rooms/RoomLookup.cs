using Kelas.Skyroom.Data;
using Kelas.Skyroom.Wire;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom.Rooms;

internal static class RoomLookup
{
    /// <summary>The caller's room: 15 when no such room exists, 12 when it belongs to another account.</summary>
    public static async Task<Room> RequireAsync(SkyroomActionContext context, long roomId, bool tracked = false)
    {
        var query = tracked ? context.Db.Rooms : context.Db.Rooms.AsNoTracking();
        var room = await query.FirstOrDefaultAsync(r => r.Id == roomId, context.Aborted)
            ?? throw SkyroomError.NotFound.ToException();
        return room.AccountId == context.Account.Id ? room : throw SkyroomError.NotAllowed.ToException();
    }

    /// <summary>By <c>room_id</c>, or by <c>name</c> when no id is given (the lookup clients use before creating).</summary>
    public static async Task<Room> RequireByIdOrNameAsync(SkyroomActionContext context)
    {
        var p = context.Params;
        if (p.HasValue("room_id") || !p.HasValue("name"))
        {
            return await RequireAsync(context, p.RequiredId("room_id"));
        }

        if (!RoomNames.TryNormalize(p.OptionalString("name", RoomNames.MaxLength), out var name))
        {
            throw SkyroomError.InvalidParam("name").ToException();
        }

        return await context.Db.Rooms.AsNoTracking()
            .FirstOrDefaultAsync(r => r.AccountId == context.Account.Id && r.Name == name, context.Aborted)
            ?? throw SkyroomError.NotFound.ToException();
    }
}
