namespace Kelas.Client.Skyroom;

/// <summary>A room with all its settings, as returned by <c>getRoom</c>.</summary>
/// <remarks>Times are UTC, read from Unix seconds; a <c>null</c> limit means unlimited.</remarks>
public sealed record SkyroomRoom
{
    /// <summary>Room id.</summary>
    public long Id { get; init; }

    /// <summary>Id of the service the room runs on.</summary>
    public long ServiceId { get; init; }

    /// <summary>Unique name used in the room's URL (Latin, stored lowercase).</summary>
    public string Name { get; init; } = "";

    /// <summary>Display title, at most 128 characters.</summary>
    public string Title { get; init; } = "";

    /// <summary>Description, at most 512 characters.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the room is active.</summary>
    public SkyroomStatus Status { get; init; }

    /// <summary>Whether guests may enter without an account.</summary>
    public bool GuestLogin { get; init; }

    /// <summary>Maximum number of guests; 0 or <c>null</c> for unlimited.</summary>
    public int? GuestLimit { get; init; }

    /// <summary>Whether users must wait for an operator to enter first.</summary>
    public bool OpLoginFirst { get; init; }

    /// <summary>Maximum number of users online at once; <c>null</c> for unlimited.</summary>
    public int? MaxUsers { get; init; }

    /// <summary>Maximum session length in minutes; <c>null</c> for unlimited.</summary>
    public int? SessionDuration { get; init; }

    /// <summary>Person-seconds allowed; <c>null</c> for unlimited.</summary>
    public long? TimeLimit { get; init; }

    /// <summary>Person-seconds used against <see cref="TimeLimit"/>.</summary>
    public long TimeUsage { get; init; }

    /// <summary>Person-seconds used since the room was created.</summary>
    public long TimeTotal { get; init; }

    /// <summary>When the room was created.</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>When the room was last updated.</summary>
    public DateTimeOffset? UpdateTime { get; init; }
}
