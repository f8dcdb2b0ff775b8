namespace Kelas.Client.ShortLinks;

/// <summary>Settings of a <see cref="ShortLinkClient"/>. The client copies them when it is created.</summary>
public sealed class ShortLinkClientOptions
{
    /// <summary>
    /// Base URL of the POD gateway, e.g. <c>https://api.pod.ir/</c> or a Kelas server; the client appends
    /// <c>srv/sc/nzh/doServiceCall</c>. Required unless given to the constructor.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// The business's API token, sent in the <c>_token_</c> header (the client never logs it). Required unless given
    /// to the constructor.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>The short-link service's API key, sent in the <c>scApiKey</c> field (the client never logs it). Required unless given to the constructor.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Client-side limit on requests per minute, shared by every client in the process with the same endpoint,
    /// token and limit; requests over it wait their turn. Off (<c>null</c>) by default: the service publishes no limit.
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

    // Tests shorten the window; limits are per minute.
    internal TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);
}
