namespace Kelas.Client.Skyroom;

/// <summary>A service (plan) of the account, as returned by <c>getServices</c>.</summary>
/// <remarks>Times are UTC, read from Unix seconds; a <c>null</c> limit means unlimited.</remarks>
public sealed record SkyroomService
{
    /// <summary>Service id.</summary>
    public long Id { get; init; }

    /// <summary>Title, at most 128 characters.</summary>
    public string Title { get; init; } = "";

    /// <summary>Whether the service is active.</summary>
    public SkyroomStatus Status { get; init; }

    /// <summary>Maximum number of users online at once; <c>null</c> for unlimited.</summary>
    public int? UserLimit { get; init; }

    /// <summary>Maximum number of simultaneous videos in each room; <c>null</c> for unlimited.</summary>
    public int? VideoLimit { get; init; }

    /// <summary>Person-seconds allowed; <c>null</c> for unlimited.</summary>
    public long? TimeLimit { get; init; }

    /// <summary>Person-seconds used.</summary>
    public long TimeUsage { get; init; }

    /// <summary>When the service starts.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>When the service stops.</summary>
    public DateTimeOffset? StopTime { get; init; }

    /// <summary>When the service was created.</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>When the service was last updated.</summary>
    public DateTimeOffset? UpdateTime { get; init; }
}
