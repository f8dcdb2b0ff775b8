namespace Kelas.Skyroom.Data;

/// <summary>
/// One sitting of a room: it starts when the first person enters an empty room and stops when the last one
/// leaves (or an operator ends it). At most one is open per room, which a filtered unique index decides.
/// </summary>
internal sealed class RoomSession
{
    public long Id { get; set; }

    public long AccountId { get; set; }

    public long RoomId { get; set; }

    public long StartTime { get; set; }

    /// <summary>Null while the session is open.</summary>
    public long? StopTime { get; set; }
}
