namespace Kelas.Core.RateLimiting;

/// <summary>Requests counted for one key in one fixed one-minute window (shared by every server instance).</summary>
internal sealed class RateLimitWindow
{
    public required string Scope { get; set; }

    public required string Key { get; set; }

    /// <summary>Unix seconds at the start of the minute.</summary>
    public long WindowStart { get; set; }

    public long Count { get; set; }
}
