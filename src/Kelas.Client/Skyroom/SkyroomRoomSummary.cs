namespace Kelas.Client.Skyroom;

/// <summary>A room as listed by <c>getRooms</c>.</summary>
public sealed record SkyroomRoomSummary
{
    /// <summary>Room id.</summary>
    public long Id { get; init; }

    /// <summary>Id of the service the room runs on.</summary>
    public long ServiceId { get; init; }

    /// <summary>Unique name used in the room's URL (Latin, stored lowercase).</summary>
    public string Name { get; init; } = "";

    /// <summary>Display title.</summary>
    public string Title { get; init; } = "";

    /// <summary>Whether the room is active.</summary>
    public SkyroomStatus Status { get; init; }
}
