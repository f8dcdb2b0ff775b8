namespace Kelas.Client.Http;

/// <summary>Retry, timeout and rate-limit settings of one client, copied from its options at construction.</summary>
internal sealed record ResilienceSettings
{
    public int MaxRetries { get; init; } = 3;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public int PermitsPerMinute { get; init; }

    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Returns these settings, or throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public ResilienceSettings Validated()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfNegative(PermitsPerMinute, nameof(PermitsPerMinute));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryBaseDelay, TimeSpan.Zero, nameof(RetryBaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryDelay, TimeSpan.Zero, nameof(MaxRetryDelay));
        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), "The timeout must be positive or infinite.");
        }

        return this;
    }
}
