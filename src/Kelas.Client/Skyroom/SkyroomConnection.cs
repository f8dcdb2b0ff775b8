using System.Text.Json.Serialization;
using Kelas.Client.Json;

namespace Kelas.Client.Skyroom;

/// <summary>One person's stretch inside a session (a browser tab), as listed by <c>getConnections</c>.</summary>
/// <remarks>Times are UTC, read from Unix seconds.</remarks>
public sealed record SkyroomConnection
{
    /// <summary>Connection id.</summary>
    public long Id { get; init; }

    /// <summary>The name shown in the room.</summary>
    public string Nickname { get; init; } = "";

    /// <summary>
    /// Who this is across tabs: on Kelas <c>@api/{user_id}</c> for a <c>createLoginUrl</c> link, <c>user/{id}</c>
    /// for a Skyroom user, <c>guest/…</c> for a guest.
    /// </summary>
    public string ClientId { get; init; } = "";

    /// <summary>When the person entered.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>When the person left; <c>null</c> while they are inside.</summary>
    public DateTimeOffset? StopTime { get; init; }

    /// <summary>Inside now, or how the stretch ended.</summary>
    public SkyroomConnectionStatus Status { get; init; }

    /// <summary>The <c>user_id</c> given to <c>createLoginUrl</c>; <c>null</c> for other entries.</summary>
    public string? ApiUserId { get; init; }

    /// <summary>How long the person was inside, or has been so far (whole seconds).</summary>
    [JsonConverter(typeof(SecondsConverter))]
    public TimeSpan Duration { get; init; }
}
