namespace Kelas.Shad.Data;

/// <summary>A user handed off to an event, under the pairwise id that event knows them by.</summary>
internal sealed class EventUser
{
    public long EventId { get; set; }

    public string HashedId { get; set; } = "";

    public long UserId { get; set; }

    /// <summary>Unix milliseconds, UTC, of the first hand-off.</summary>
    public long CreateTime { get; set; }
}
