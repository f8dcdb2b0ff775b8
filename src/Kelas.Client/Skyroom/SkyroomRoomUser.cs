namespace Kelas.Client.Skyroom;

/// <summary>A user who has access to a room, as listed by <c>getRoomUsers</c>.</summary>
public sealed record SkyroomRoomUser
{
    /// <summary>User id.</summary>
    public long UserId { get; init; }

    /// <summary>Username.</summary>
    public string Username { get; init; } = "";

    /// <summary>Display name.</summary>
    public string Nickname { get; init; } = "";

    /// <summary>The user's access level in the room.</summary>
    public SkyroomAccess Access { get; init; }
}
