namespace Kelas.Client.Skyroom;

/// <summary>A room a user has access to, as listed by <c>getUserRooms</c>.</summary>
public sealed record SkyroomUserRoom
{
    /// <summary>Room id.</summary>
    public long RoomId { get; init; }

    /// <summary>Room name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Room title.</summary>
    public string Title { get; init; } = "";

    /// <summary>The user's access level in the room.</summary>
    public SkyroomAccess Access { get; init; }
}
