namespace Kelas.Skyroom.Data;

/// <summary>A line of a session's text chat; late arrivals are shown the recent ones.</summary>
internal sealed class ChatMessage
{
    public long Id { get; set; }

    public long SessionId { get; set; }

    public long RoomId { get; set; }

    public long ConnectionId { get; set; }

    public required string Nickname { get; set; }

    public int Access { get; set; }

    public required string Text { get; set; }

    public long Time { get; set; }
}
