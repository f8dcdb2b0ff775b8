using System.ComponentModel.DataAnnotations;

namespace Kelas.Skyroom.Presence;

/// <summary>The <c>Skyroom:Presence</c> section: how often presence is checkpointed, and the limits' warning time.</summary>
internal sealed class PresenceOptions
{
    public const string SectionName = "Skyroom:Presence";

    /// <summary>
    /// Every this many seconds each instance adds the time its people spent inside to the usage counters, vouches
    /// for its sockets and applies the limits to them. A crash loses at most this much usage.
    /// </summary>
    [Range(1, 30)]
    public int TickSeconds { get; set; } = 10;

    /// <summary>An open connection whose instance has not vouched for it this long is closed as lost (its instance died).</summary>
    [Range(3, 3600)]
    public int StaleAfterSeconds { get; set; } = 45;

    /// <summary>A person is warned when a limit will let them out within this many seconds.</summary>
    [Range(0, 86_400)]
    public int WarningSeconds { get; set; } = 300;

    /// <summary>How long a room page's entry ticket admits (and re-admits after a dropped connection).</summary>
    [Range(1, 10_080)]
    public int TicketLifetimeMinutes { get; set; } = 720;

    /// <summary>Password attempts per minute per account and username on a room's login page.</summary>
    [Range(1, 10_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>
    /// How instances tell each other about joins, chat and removals: <c>auto</c> (PostgreSQL LISTEN/NOTIFY on PostgreSQL,
    /// in-process on SQLite), <c>postgres</c> or <c>memory</c> (one instance only).
    /// </summary>
    [RegularExpression("^(auto|postgres|memory)$")]
    public string Bus { get; set; } = "auto";
}
