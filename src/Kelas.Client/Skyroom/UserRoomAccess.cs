namespace Kelas.Client.Skyroom;

/// <summary>A room to give a user access to (an element of <c>addUserRooms</c>'s <c>rooms</c>).</summary>
/// <param name="RoomId">Room id.</param>
/// <param name="Access">Access level; <c>null</c> lets the service apply its default (normal).</param>
public sealed record UserRoomAccess(long RoomId, SkyroomAccess? Access = null);
