using Kelas.Skyroom.Data;

namespace Kelas.Skyroom.Attendance;

/// <summary>One sitting of a room, as <c>getSessions</c> and <c>getSession</c> answer it.</summary>
internal sealed record SessionResponse(long Id, long RoomId, long StartTime, long? StopTime, long Duration)
{
    public static SessionResponse From(RoomSession s, long now) =>
        new(s.Id, s.RoomId, s.StartTime, s.StopTime, AttendanceDurations.Seconds(s.StartTime, s.StopTime, now));
}

/// <summary>One person's stretch inside a session, as <c>getConnections</c> answers it.</summary>
internal sealed record ConnectionResponse(
    long Id, string Nickname, string ClientId, long StartTime, long? StopTime, int Status, string? ApiUserId, long Duration)
{
    public static ConnectionResponse From(Connection c, long now) =>
        new(c.Id, c.Nickname, c.ClientId, c.StartTime, c.StopTime, c.Status, c.ApiUserId, AttendanceDurations.Seconds(c.StartTime, c.StopTime, now));
}

internal static class AttendanceDurations
{
    /// <summary>
    /// Seconds from start to stop, or to now while still open. Never negative: an instance whose clock runs a
    /// little ahead may have written a start this instance's clock has not reached yet.
    /// </summary>
    public static long Seconds(long start, long? stop, long now) => Math.Max(0, (stop ?? now) - start);
}
