using Kelas.Skyroom.Data;
using Kelas.Skyroom.Rooms;
using Kelas.Skyroom.Wire;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom.Attendance;

/// <summary>
/// Who was in a room and when: the room's sessions and each session's connections, read from what room entry
/// records. Not in the original documents; the shapes are the ones a 2026 client of the live service reads.
/// </summary>
internal static class AttendanceActions
{
    public static IEnumerable<KeyValuePair<string, SkyroomAction>> All =>
    [
        new("getSessions", GetSessionsAsync),
        new("getSessionsCount", GetSessionsCountAsync),
        new("getSession", GetSessionAsync),
        new("getConnections", GetConnectionsAsync),
        new("getConnectionsCount", GetConnectionsCountAsync),
    ];

    private static async Task<SkyroomResult> GetSessionsAsync(SkyroomActionContext context)
    {
        var room = await RoomLookup.RequireAsync(context, context.Params.RequiredId("room_id"));
        var now = context.Now;
        var sessions = context.Db.Sessions.AsNoTracking()
            .Where(s => s.RoomId == room.Id)
            .OrderBy(s => s.StartTime).ThenBy(s => s.Id)
            .Select(s => SessionResponse.From(s, now))
            .AsAsyncEnumerable();
        return SkyroomResult.Stream(sessions, SkyroomJsonContext.Default.SessionResponse);
    }

    private static async Task<SkyroomResult> GetSessionsCountAsync(SkyroomActionContext context)
    {
        var room = await RoomLookup.RequireAsync(context, context.Params.RequiredId("room_id"));
        return SkyroomResult.Ok(await context.Db.Sessions.CountAsync(s => s.RoomId == room.Id, context.Aborted));
    }

    private static async Task<SkyroomResult> GetSessionAsync(SkyroomActionContext context)
    {
        var session = await RequireSessionAsync(context);
        return SkyroomResult.Ok(SessionResponse.From(session, context.Now), SkyroomJsonContext.Default.SessionResponse);
    }

    private static async Task<SkyroomResult> GetConnectionsAsync(SkyroomActionContext context)
    {
        var session = await RequireSessionAsync(context);
        var now = context.Now;
        var connections = context.Db.Connections.AsNoTracking()
            .Where(c => c.SessionId == session.Id)
            .OrderBy(c => c.StartTime).ThenBy(c => c.Id)
            .Select(c => ConnectionResponse.From(c, now))
            .AsAsyncEnumerable();
        return SkyroomResult.Stream(connections, SkyroomJsonContext.Default.ConnectionResponse);
    }

    private static async Task<SkyroomResult> GetConnectionsCountAsync(SkyroomActionContext context)
    {
        var session = await RequireSessionAsync(context);
        return SkyroomResult.Ok(await context.Db.Connections.CountAsync(c => c.SessionId == session.Id, context.Aborted));
    }

    /// <summary>The caller's session by <c>session_id</c>: 15 when no such session exists, 12 when it belongs to another account.</summary>
    private static async Task<RoomSession> RequireSessionAsync(SkyroomActionContext context)
    {
        var sessionId = context.Params.RequiredId("session_id");
        var session = await context.Db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, context.Aborted)
            ?? throw SkyroomError.NotFound.ToException();
        return session.AccountId == context.Account.Id ? session : throw SkyroomError.NotAllowed.ToException();
    }
}
