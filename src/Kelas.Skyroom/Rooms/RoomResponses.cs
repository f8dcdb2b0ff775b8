using Kelas.Skyroom.Data;

namespace Kelas.Skyroom.Rooms;

internal sealed record RoomSummaryResponse(long Id, long ServiceId, string Name, string Title, int Status);

internal sealed record RoomResponse(
    long Id,
    long ServiceId,
    string Name,
    string Title,
    string? Description,
    int Status,
    bool GuestLogin,
    int GuestLimit,
    bool OpLoginFirst,
    int? MaxUsers,
    int? SessionDuration,
    long? TimeLimit,
    long TimeUsage,
    long TimeTotal,
    long CreateTime,
    long UpdateTime)
{
    public static RoomResponse From(Room r) => new(
        r.Id, r.ServiceId, r.Name, r.Title, r.Description, r.Status, r.GuestLogin, r.GuestLimit, r.OpLoginFirst,
        r.MaxUsers, r.SessionDuration, r.TimeLimit, r.TimeUsage, r.TimeTotal, r.CreateTime, r.UpdateTime);
}
