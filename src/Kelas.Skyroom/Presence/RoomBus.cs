using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;

namespace Kelas.Skyroom.Presence;

internal enum RoomSignalKind
{
    /// <summary>Someone came in or left: instances with sockets in the room send the new roster and retry their lobby.</summary>
    Roster,

    /// <summary>A chat line to pass to every socket in the room.</summary>
    Chat,

    /// <summary>These connections were let out (removed, session ended): their instance closes the sockets with the reason.</summary>
    Close,
}

/// <summary>A chat line as it travels between instances and to the browser.</summary>
internal sealed record ChatLine(long Id, long Connection, string Nickname, int Access, string Text, long Time);

/// <summary>What one instance tells the others (and itself) about a room.</summary>
internal sealed record RoomSignal(
    RoomSignalKind Kind, long AccountId, long RoomId, ChatLine? Chat = null, long[]? Connections = null, string? Reason = null);

/// <summary>
/// How instances tell each other about a room: every signal published reaches every instance's
/// <see cref="Subscribe"/>rs, the publisher's own included.
/// </summary>
internal interface IRoomBus
{
    Task PublishAsync(RoomSignal signal, CancellationToken cancellationToken);

    /// <summary>Signals as they arrive, for one reader (the <see cref="Entry.RoomHub"/>).</summary>
    ChannelReader<RoomSignal> Subscribe();

    /// <summary>Raised after the bus reconnected and may have missed signals: the reader should refresh everything it shows.</summary>
    event Action? Resynchronise;
}

/// <summary>Signals within one process: enough for one instance (SQLite's usual deployment).</summary>
internal sealed class InProcessRoomBus : IRoomBus
{
    private readonly Channel<RoomSignal> channel = Channel.CreateUnbounded<RoomSignal>(new UnboundedChannelOptions { SingleReader = true });

    public event Action? Resynchronise
    {
        add { }
        remove { }
    }

    public Task PublishAsync(RoomSignal signal, CancellationToken cancellationToken)
    {
        channel.Writer.TryWrite(signal);
        return Task.CompletedTask;
    }

    public ChannelReader<RoomSignal> Subscribe() => channel.Reader;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RoomSignal))]
internal sealed partial class RoomSignalJsonContext : JsonSerializerContext
{
    public static string Write(RoomSignal signal) => JsonSerializer.Serialize(signal, Default.RoomSignal);

    public static RoomSignal? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, Default.RoomSignal);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
