namespace Kelas.Client.Abrish;

/// <summary>Settings of an <see cref="AbrishClient"/>. The client copies them when it is created.</summary>
public sealed class AbrishClientOptions
{
    /// <summary>
    /// Base URL of the service, e.g. <c>https://register.abrish.ir/</c> or a Kelas server; the client appends
    /// <c>service.php</c>. Required unless given to the constructor.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The register name, sent as <c>serviceusername</c>. Required unless given to the constructor.</summary>
    public string? RegisterName { get; set; }

    /// <summary>The APIKey; it signs each request and is never sent nor logged. Required unless given to the constructor.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Kelas hardening: sign with SHA-256 instead of SHA-1. Turn it on only when the registrant is hardened with
    /// <c>--sha256</c> (the original service knows only SHA-1).
    /// </summary>
    public bool UseSha256Checksum { get; set; }

    /// <summary>
    /// Kelas hardening: put <c>timestamp</c> (Unix seconds) and a random <c>nonce</c> in every request's params, for
    /// a registrant hardened with <c>--replay-window</c>. A retried request keeps its nonce, so a retry of a request
    /// that did reach the server is refused as a replay instead of being applied twice.
    /// </summary>
    public bool SendReplayProtection { get; set; }

    /// <summary>Client-side limit on requests per minute, shared by clients with the same endpoint and register name. Off (<c>null</c>) by default.</summary>
    public int? PermitsPerMinute { get; set; }

    /// <summary>How many times a request is retried after HTTP 503 or a transport failure. Default 3; 0 disables retries.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Cap of the first retry's random delay; it doubles for each further retry. Default 1 second. A <c>Retry-After</c> header replaces it.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two attempts, including one asked by <c>Retry-After</c>. Default 30 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of each attempt; a timeout counts as a transport failure and is retried. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Clock for timestamps and for the waits between retries (replace it in tests).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    // Tests shorten the window; limits are per minute.
    internal TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);
}
