namespace Kelas.Client.Shad;

/// <summary>Settings of a <see cref="ShadEventClient"/>. The client copies them when it is created.</summary>
public sealed class ShadEventClientOptions
{
    /// <summary>Base URL of the service, e.g. <c>https://shadapi.noyanet.com/</c> or a Kelas server; the client appends <c>api/v1/…</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The event's number (<c>landingId</c>; <c>EventId</c> of GetUserInfoByApiKey). Required unless credentials are given to the constructor.</summary>
    public long? LandingId { get; set; }

    /// <summary>Login username, for token calls.</summary>
    public string? Username { get; set; }

    /// <summary>Login password, for token calls (the client never logs it).</summary>
    public string? Password { get; set; }

    /// <summary>The apiKey, for GetUserInfoByApiKey (the client never logs it).</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// A cached token is renewed this long before it expires, so that a call never goes out with a token about to
    /// lapse. Default 2 minutes.
    /// </summary>
    public TimeSpan TokenRenewalMargin { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a token is trusted when its expiry cannot be read from it. Default 1 hour, the service's lifetime.</summary>
    public TimeSpan AssumedTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Client-side limit on requests per minute, shared by clients of the same endpoint and event. Off by default.</summary>
    public int? PermitsPerMinute { get; set; }

    /// <summary>How many times a request is retried after HTTP 503 or a transport failure. Default 3; 0 disables retries.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Cap of the first retry's random delay; doubles for each further retry. Default 1 second. <c>Retry-After</c> replaces it.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two attempts. Default 30 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of each attempt; a timeout counts as a transport failure and is retried. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Clock for token expiry and the waits between retries (replace it in tests).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);
}
