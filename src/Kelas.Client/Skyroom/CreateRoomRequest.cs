namespace Kelas.Client.Skyroom;

/// <summary>Parameters of <c>createRoom</c>. Fields left <c>null</c> are not sent, so the service applies its defaults.</summary>
public sealed record CreateRoomRequest
{
    /// <summary>Unique name used in the room's URL: Latin letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Display title, at most 128 characters.</summary>
    public required string Title { get; init; }

    /// <summary>Description, at most 512 characters.</summary>
    public string? Description { get; init; }

    /// <summary>Service to create the room on; required only when the account has several active services.</summary>
    public long? ServiceId { get; init; }

    /// <summary>Initial status.</summary>
    public SkyroomStatus? Status { get; init; }

    /// <summary>Whether guests may enter without an account.</summary>
    public bool? GuestLogin { get; init; }

    /// <summary>Maximum number of guests; 0 for unlimited.</summary>
    public int? GuestLimit { get; init; }

    /// <summary>Whether users must wait for an operator to enter first.</summary>
    public bool? OpLoginFirst { get; init; }

    /// <summary>Maximum number of users online at once.</summary>
    public int? MaxUsers { get; init; }

    /// <summary>Maximum session length in minutes.</summary>
    public int? SessionDuration { get; init; }

    /// <summary>Person-seconds allowed.</summary>
    public long? TimeLimit { get; init; }
}
