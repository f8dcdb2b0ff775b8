using System.Threading.RateLimiting;

namespace Kelas.Core.RateLimiting;

/// <summary>
/// A fixed window of N requests per minute for each key, in process memory. Partitions idle for a while
/// are dropped by <see cref="PartitionedRateLimiter"/> itself, so unknown keys cannot grow it without bound.
/// How this stays correct across several instances is docs/adr/0003-rate-limit-across-instances.md.
/// </summary>
public sealed class PerKeyRateLimiter<TKey> : IDisposable
    where TKey : notnull
{
    private readonly PartitionedRateLimiter<TKey> limiter;

    public PerKeyRateLimiter(int permitsPerMinute)
    {
        PermitsPerMinute = permitsPerMinute;
        limiter = PartitionedRateLimiter.Create<TKey, TKey>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public int PermitsPerMinute { get; }

    /// <summary>Takes one permit for <paramref name="key"/>; when none is left, says how long until the window resets.</summary>
    public bool TryAcquire(TKey key, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return false;
    }

    public void Dispose() => limiter.Dispose();
}
