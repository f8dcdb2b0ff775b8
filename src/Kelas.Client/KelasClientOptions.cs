using Kelas.Client.Http;

namespace Kelas.Client;

/// <summary>
/// What every client's options share: the endpoint, the client-side rate limit, retries and timeouts. Each client
/// copies them when it is created.
/// </summary>
public abstract class KelasClientOptions
{
    /// <summary>Base URL of the service (the live one or a Kelas server). Required unless given to the constructor.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// Client-side limit on requests per minute, shared by every client in the process with the same endpoint,
    /// credential and limit; requests over it wait their turn. 0 or <c>null</c> disables it.
    /// </summary>
    public int? PermitsPerMinute { get; set; }

    /// <summary>How many times a request is retried after HTTP 503 or a transport failure. Default 3; 0 disables retries.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// Cap of the first retry's random delay; it doubles for each further retry (exponential backoff with
    /// full jitter). Default 1 second. A <c>Retry-After</c> header replaces it.
    /// </summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two attempts, including one asked by <c>Retry-After</c>. Default 30 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of each attempt; a timeout counts as a transport failure and is retried. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Clock and timers for the waits between retries (replace it in tests to make them instant).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    // Tests shorten the window; published limits are per minute.
    internal TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The retry, timeout and rate-limit settings, checked; throws naming the first option out of range.</summary>
    internal ResilienceSettings ToResilienceSettings() => new ResilienceSettings
    {
        MaxRetries = MaxRetries,
        RetryBaseDelay = RetryBaseDelay,
        MaxRetryDelay = MaxRetryDelay,
        Timeout = Timeout,
        PermitsPerMinute = PermitsPerMinute ?? 0,
        RateLimitWindow = RateLimitWindow,
        TimeProvider = TimeProvider ?? TimeProvider.System,
    }.Validated();

    /// <summary>Checks that <paramref name="endpoint"/> is an absolute http or https URL and gives it a trailing slash.</summary>
    internal static Uri BaseAddress(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The endpoint must be an absolute http or https URL.", nameof(endpoint));
        }

        return endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
    }
}
