namespace Kelas.Client.Skyroom;

/// <summary>A user to give access to a room (an element of <c>addRoomUsers</c>'s <c>users</c>).</summary>
/// <param name="UserId">User id.</param>
/// <param name="Access">Access level; <c>null</c> lets the service apply its default (normal).</param>
public sealed record RoomUserAccess(long UserId, SkyroomAccess? Access = null);
