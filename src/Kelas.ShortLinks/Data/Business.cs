namespace Kelas.ShortLinks.Data;

/// <summary>A tenant: a business with its <c>_token_</c> and <c>scApiKey</c>, of which only SHA-256 hashes are kept.</summary>
internal sealed class Business
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string TokenHash { get; set; } = "";

    /// <summary>The token's first characters, so an operator can tell businesses' tokens apart.</summary>
    public string TokenPrefix { get; set; } = "";

    public string ApiKeyHash { get; set; } = "";

    public int Status { get; set; } = 1;

    /// <summary>Unix milliseconds, UTC.</summary>
    public long CreateTime { get; set; }
}
