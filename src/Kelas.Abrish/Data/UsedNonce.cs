namespace Kelas.Abrish.Data;

/// <summary>A nonce a hardened registrant has used; kept for the replay window, then purged.</summary>
internal sealed class UsedNonce
{
    public long RegistrantId { get; set; }

    public string Nonce { get; set; } = "";

    /// <summary>Unix seconds, UTC.</summary>
    public long SeenAt { get; set; }
}
