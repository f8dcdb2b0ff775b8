namespace Kelas.Skyroom.Access;

internal sealed record RoomUserResponse(long UserId, string Username, string Nickname, int Access);

internal sealed record UserRoomResponse(long RoomId, string Name, string Title, int Access);
