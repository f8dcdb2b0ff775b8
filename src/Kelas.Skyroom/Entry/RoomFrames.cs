using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kelas.Skyroom.Presence;

namespace Kelas.Skyroom.Entry;

/// <summary>The frames the server sends on the room socket (docs/room-entry.md). Each starts with its <c>type</c>.</summary>
internal static class RoomFrames
{
    public sealed record Welcome(long Connection, string Nickname, int Access, bool Guest, bool Operator, long Now)
    {
        [JsonPropertyOrder(-1)]
        public string Type => "welcome";
    }

    public sealed record Lobby(string Message)
    {
        [JsonPropertyOrder(-1)]
        public string Type => "lobby";
    }

    public sealed record Roster(SessionInfo? Session, long Now, IReadOnlyList<Participant> People)
    {
        [JsonPropertyOrder(-1)]
        public string Type => "roster";
    }

    public sealed record SessionInfo(long Id, long StartTime);

    public sealed record History(IReadOnlyList<ChatLine> Messages)
    {
        [JsonPropertyOrder(-1)]
        public string Type => "history";
    }

    public sealed record Chat(long Id, long Connection, string Nickname, int Access, string Text, long Time)
    {
        [JsonPropertyOrder(-1)]
        public string Type => "chat";

        public static Chat From(ChatLine line) => new(line.Id, line.Connection, line.Nickname, line.Access, line.Text, line.Time);
    }

    public sealed record Warning(string Reason, long SecondsLeft, string Message)
    {
        [JsonPropertyOrder(-1)]
        public string Type => "warning";
    }

    /// <summary><c>closed</c> (let out) or <c>refused</c> (not let in): the page stops and shows it.</summary>
    public sealed record Notice([property: JsonPropertyOrder(-1)] string Type, string Reason, string Title, string Message);

    public sealed record Error(string Message)
    {
        [JsonPropertyOrder(-1)]
        public string Type => "error";
    }

    public sealed record Pong(long Now)
    {
        [JsonPropertyOrder(-1)]
        public string Type => "pong";
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RoomFrames.Welcome))]
[JsonSerializable(typeof(RoomFrames.Lobby))]
[JsonSerializable(typeof(RoomFrames.Roster))]
[JsonSerializable(typeof(RoomFrames.History))]
[JsonSerializable(typeof(RoomFrames.Chat))]
[JsonSerializable(typeof(RoomFrames.Warning))]
[JsonSerializable(typeof(RoomFrames.Notice))]
[JsonSerializable(typeof(RoomFrames.Error))]
[JsonSerializable(typeof(RoomFrames.Pong))]
internal sealed partial class RoomFrameJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Frames go to a script, never into HTML, so Persian travels as UTF-8 rather than <c>\uXXXX</c> (a third of the size).
    /// </summary>
    public static RoomFrameJsonContext Frames { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
