namespace Kelas.Client.Skyroom;

/// <summary>A person to prepare a login link for, with <see cref="SkyroomLoginLinkPreparer"/>.</summary>
public sealed record LoginLinkUser
{
    /// <summary>Your own id for the person (letters and digits, no spaces); also the key of existing links.</summary>
    public required string UserId { get; init; }

    /// <summary>Display name in the room.</summary>
    public required string Nickname { get; init; }

    /// <summary>Access level in the room (default normal).</summary>
    public SkyroomAccess Access { get; init; } = SkyroomAccess.Normal;

    /// <summary>How many people may be in the room with the link at once (default 1).</summary>
    public int Concurrent { get; init; } = 1;

    /// <summary>Interface language of the room (default <c>fa</c>).</summary>
    public string Language { get; init; } = "fa";
}
