namespace Kelas.Client.Shad;

/// <summary>Settings of a <see cref="ShadEventClient"/>. The client copies them when it is created.</summary>
public sealed class ShadEventClientOptions : KelasClientOptions
{
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
}
