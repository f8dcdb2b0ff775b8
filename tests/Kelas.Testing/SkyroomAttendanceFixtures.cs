using Kelas.Skyroom.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Testing;

/// <summary>
/// Sessions and connections written straight into the Skyroom tables, as room entry would write them, so that
/// what reads attendance can be tested without anyone entering a room.
/// </summary>
public static class SkyroomAttendanceFixtures
{
    /// <summary>Adds a session of <paramref name="roomId"/> (its account is the room's); open when <paramref name="stop"/> is null.</summary>
    public static async Task<long> AddSkyroomSessionAsync(this KelasFactory factory, long roomId, DateTimeOffset start, DateTimeOffset? stop = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkyroomDbContext>();
        var accountId = await db.Rooms.Where(r => r.Id == roomId).Select(r => r.AccountId).SingleAsync();
        var session = new RoomSession { AccountId = accountId, RoomId = roomId, StartTime = start.ToUnixTimeSeconds(), StopTime = stop?.ToUnixTimeSeconds() };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>
    /// Adds a connection to <paramref name="sessionId"/>. <paramref name="status"/> is the stored integer
    /// (1 online, 0 left, 2 removed, 3 session ended, 4 limit reached, 5 lost); by default 1 while open, 0 once stopped.
    /// </summary>
    public static async Task<long> AddSkyroomConnectionAsync(
        this KelasFactory factory,
        long sessionId,
        string nickname,
        DateTimeOffset start,
        DateTimeOffset? stop = null,
        int? status = null,
        string? apiUserId = null,
        long? userId = null,
        int access = 1,
        bool guest = false,
        string? clientId = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkyroomDbContext>();
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
        var serviceId = await db.Rooms.Where(r => r.Id == session.RoomId).Select(r => r.ServiceId).SingleAsync();
        var connection = new Connection
        {
            SessionId = sessionId,
            AccountId = session.AccountId,
            ServiceId = serviceId,
            RoomId = session.RoomId,
            UserId = userId,
            ApiUserId = apiUserId,
            ClientId = clientId ?? (apiUserId is not null ? "@api/" + apiUserId : userId is { } id ? $"user/{id}" : "guest/" + Guid.NewGuid().ToString("N")[..12]),
            Nickname = nickname,
            Access = access,
            IsGuest = guest,
            Status = status ?? (stop is null ? ConnectionStatus.Online : ConnectionStatus.Left),
            Instance = "test",
            StartTime = start.ToUnixTimeSeconds(),
            StopTime = stop?.ToUnixTimeSeconds(),
            LastSeen = (stop ?? start).ToUnixTimeSeconds(),
        };
        db.Connections.Add(connection);
        await db.SaveChangesAsync();
        return connection.Id;
    }
}
