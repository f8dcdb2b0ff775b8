namespace Kelas.Client.Skyroom;

/// <summary>Settings of a <see cref="SkyroomClient"/>. The client copies them when it is created.</summary>
public sealed class SkyroomClientOptions : KelasClientOptions
{
    /// <summary>Creates options whose client-side rate limit is the service's published one, 500 requests a minute.</summary>
    public SkyroomClientOptions() => PermitsPerMinute = 500;

    /// <summary>The API key (it travels in the URL path; the client never logs it). Required unless given to the constructor.</summary>
    public string? ApiKey { get; set; }
}
