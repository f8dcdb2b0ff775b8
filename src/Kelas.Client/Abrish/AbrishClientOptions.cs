namespace Kelas.Client.Abrish;

/// <summary>Settings of an <see cref="AbrishClient"/>. The client copies them when it is created.</summary>
public sealed class AbrishClientOptions : KelasClientOptions
{
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
}
