using System.Text.Json.Serialization;

namespace Kelas.Client.Skyroom;

/// <summary>A user with all its settings, as returned by <c>getUser</c>. The password is write-only and never returned.</summary>
/// <remarks>Times are UTC, read from Unix seconds; a <c>null</c> limit means unlimited.</remarks>
public sealed record SkyroomUser
{
    /// <summary>User id.</summary>
    public long Id { get; init; }

    /// <summary>Unique username (Latin, at most 32 characters, stored lowercase).</summary>
    public string Username { get; init; } = "";

    /// <summary>Display name, at most 128 characters.</summary>
    public string Nickname { get; init; } = "";

    /// <summary>Email address.</summary>
    public string? Email { get; init; }

    /// <summary>First name (<c>fname</c>).</summary>
    [JsonPropertyName("fname")]
    public string? FirstName { get; init; }

    /// <summary>Last name (<c>lname</c>).</summary>
    [JsonPropertyName("lname")]
    public string? LastName { get; init; }

    /// <summary>Gender.</summary>
    public SkyroomGender Gender { get; init; }

    /// <summary>Whether the user is active.</summary>
    public SkyroomStatus Status { get; init; }

    /// <summary>Whether several people may use the account at once.</summary>
    public bool IsPublic { get; init; }

    /// <summary>How many people may use the account at once; 0 or <c>null</c> for unlimited.</summary>
    public int? Concurrent { get; init; }

    /// <summary>Seconds the user may spend in rooms; <c>null</c> for unlimited.</summary>
    public long? TimeLimit { get; init; }

    /// <summary>Seconds used against <see cref="TimeLimit"/>.</summary>
    public long TimeUsage { get; init; }

    /// <summary>Seconds used since the account was created.</summary>
    public long TimeTotal { get; init; }

    /// <summary>When the account expires; <c>null</c> for never.</summary>
    public DateTimeOffset? ExpiryDate { get; init; }

    /// <summary>When the account was created.</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>When the account was last updated.</summary>
    public DateTimeOffset? UpdateTime { get; init; }
}
