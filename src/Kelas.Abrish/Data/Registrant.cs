namespace Kelas.Abrish.Data;

/// <summary>
/// A customer of the registry (the original's RegisterName) with its APIKey. The key is a shared secret the server
/// needs in clear to verify SHA1(params + APIKey), so it is stored as is (ADR 0007).
/// </summary>
internal sealed class Registrant
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string ApiKey { get; set; } = "";

    /// <summary>Hardening: the checksum must be SHA-256 instead of SHA-1.</summary>
    public bool Sha256Checksums { get; set; }

    /// <summary>Hardening: when above zero, params must carry a timestamp within this many seconds and a fresh nonce.</summary>
    public int ReplayWindowSeconds { get; set; }

    /// <summary>Unix milliseconds, UTC.</summary>
    public long CreateTime { get; set; }
}
