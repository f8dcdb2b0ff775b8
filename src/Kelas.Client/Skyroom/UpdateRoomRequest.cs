using System.Text.Json.Serialization;

namespace Kelas.Client.Skyroom;

/// <summary>
/// Changes for <c>updateRoom</c>. Only the fields set are sent; <c>null</c> (or <see cref="Patch{T}.Unchanged"/>)
/// leaves a field as it is. Limits are <see cref="Patch{T}"/>s so they can also be set back to unlimited.
/// </summary>
public sealed record UpdateRoomRequest
{
    /// <summary>New unique name.</summary>
    public string? Name { get; init; }

    /// <summary>New title.</summary>
    public string? Title { get; init; }

    /// <summary>New description; the empty string clears it.</summary>
    public string? Description { get; init; }

    /// <summary>Moves the room to another service.</summary>
    public long? ServiceId { get; init; }

    /// <summary>New status.</summary>
    public SkyroomStatus? Status { get; init; }

    /// <summary>Whether guests may enter without an account.</summary>
    public bool? GuestLogin { get; init; }

    /// <summary>Maximum number of guests; 0 for unlimited.</summary>
    public int? GuestLimit { get; init; }

    /// <summary>Whether users must wait for an operator to enter first.</summary>
    public bool? OpLoginFirst { get; init; }

    /// <summary>Maximum number of users online at once.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<int> MaxUsers { get; init; }

    /// <summary>Maximum session length in minutes.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<int> SessionDuration { get; init; }

    /// <summary>Person-seconds allowed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<long> TimeLimit { get; init; }
}
