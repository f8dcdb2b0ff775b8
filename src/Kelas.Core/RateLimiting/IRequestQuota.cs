namespace Kelas.Core.RateLimiting;

/// <summary>
/// N requests per fixed minute for each key. In memory for one instance, or counted in the shared database
/// so that several instances together allow N (docs/adr/0003-rate-limit-across-instances.md).
/// </summary>
public interface IRequestQuota
{
    /// <summary>Takes one permit; when none is left, says how long until the window ends.</summary>
    ValueTask<QuotaDecision> TryTakeAsync(string scope, string key, int permitsPerMinute, CancellationToken cancellationToken);
}

public readonly record struct QuotaDecision(bool Allowed, TimeSpan RetryAfter);
