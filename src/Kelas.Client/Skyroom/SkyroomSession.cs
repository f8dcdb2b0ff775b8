using System.Text.Json.Serialization;
using Kelas.Client.Json;

namespace Kelas.Client.Skyroom;

/// <summary>
/// One sitting of a room, as returned by <c>getSessions</c> and <c>getSession</c>: it starts when the first
/// person enters an empty room and stops when the last one leaves.
/// </summary>
/// <remarks>Times are UTC, read from Unix seconds.</remarks>
public sealed record SkyroomSession
{
    /// <summary>Session id.</summary>
    public long Id { get; init; }

    /// <summary>Id of the room.</summary>
    public long RoomId { get; init; }

    /// <summary>When the first person entered.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>When the last person left; <c>null</c> while the session is open.</summary>
    public DateTimeOffset? StopTime { get; init; }

    /// <summary>How long the session lasted, or has lasted so far while it is open (whole seconds).</summary>
    [JsonConverter(typeof(SecondsConverter))]
    public TimeSpan Duration { get; init; }

    /// <summary>Whether the session is still open.</summary>
    [JsonIgnore]
    public bool IsOpen => StopTime is null;
}
