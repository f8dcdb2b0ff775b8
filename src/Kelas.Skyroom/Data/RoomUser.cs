namespace Kelas.Skyroom.Data;

/// <summary>A user's access to a room: 1 normal, 2 presenter, 3 operator, 4 admin.</summary>
internal sealed class RoomUser
{
    public long RoomId { get; set; }

    public long UserId { get; set; }

    public int Access { get; set; } = 1;
}
