namespace Kelas.Skyroom.Data;

internal sealed class Account
{
    public long Id { get; set; }

    /// <summary>URL-safe name; appears in room URLs (<c>/ch/{slug}/{room}</c>).</summary>
    public required string Slug { get; set; }

    /// <summary>SHA-256 (hex) of the 50-character API key; the key itself is never stored.</summary>
    public required string KeyHash { get; set; }

    /// <summary>The key's leading part, enough for an operator to tell keys apart.</summary>
    public required string KeyPrefix { get; set; }

    /// <summary>Base64 HS256 secret that signs this account's login links.</summary>
    public required string LoginSecret { get; set; }

    public int Status { get; set; } = 1;

    public long CreateTime { get; set; }

    public long UpdateTime { get; set; }
}
