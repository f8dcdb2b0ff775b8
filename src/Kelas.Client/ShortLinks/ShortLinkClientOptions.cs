namespace Kelas.Client.ShortLinks;

/// <summary>Settings of a <see cref="ShortLinkClient"/>. The client copies them when it is created.</summary>
public sealed class ShortLinkClientOptions : KelasClientOptions
{
    /// <summary>
    /// The business's API token, sent in the <c>_token_</c> header (the client never logs it). Required unless given
    /// to the constructor.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>The short-link service's API key, sent in the <c>scApiKey</c> field (the client never logs it). Required unless given to the constructor.</summary>
    public string? ApiKey { get; set; }
}
