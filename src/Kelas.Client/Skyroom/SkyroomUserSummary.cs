namespace Kelas.Client.Skyroom;

/// <summary>A user as listed by <c>getUsers</c>.</summary>
public sealed record SkyroomUserSummary
{
    /// <summary>User id.</summary>
    public long Id { get; init; }

    /// <summary>Unique username (Latin, stored lowercase).</summary>
    public string Username { get; init; } = "";

    /// <summary>Display name.</summary>
    public string Nickname { get; init; } = "";

    /// <summary>Whether the user is active.</summary>
    public SkyroomStatus Status { get; init; }
}
