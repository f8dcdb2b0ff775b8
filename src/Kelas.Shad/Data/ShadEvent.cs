namespace Kelas.Shad.Data;

/// <summary>An organizer's event: its landing id is the only number the organizer knows.</summary>
internal sealed class ShadEvent
{
    public long Id { get; set; }

    public long LandingId { get; set; }

    public string Title { get; set; } = "";

    public string LandingUrl { get; set; } = "";

    public string Username { get; set; } = "";

    /// <summary>PBKDF2, see <see cref="Events.PasswordHasher"/>.</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>SHA-256 of the apiKey, lower-case hex.</summary>
    public string ApiKeyHash { get; set; } = "";

    /// <summary>The apiKey's first characters, so an operator can tell keys apart.</summary>
    public string ApiKeyPrefix { get; set; } = "";

    /// <summary>Key of the pairwise user ids (hex). Never rotated: the ids an organizer holds must stay valid.</summary>
    public string PairwiseSecret { get; set; } = "";

    /// <summary>Carried in login tokens; bumped by rotate-key and disable so that earlier tokens stop working.</summary>
    public int TokenVersion { get; set; } = 1;

    public bool Enabled { get; set; } = true;

    /// <summary>Unix milliseconds, UTC.</summary>
    public long CreateTime { get; set; }
}
