using System.Text.Json.Serialization;

namespace Kelas.Client.Skyroom;

/// <summary>Parameters of <c>createUser</c> (and one entry of <c>createUsers</c>). Fields left <c>null</c> are not sent.</summary>
public sealed record CreateUserRequest
{
    /// <summary>Unique username: Latin, at most 32 characters.</summary>
    public required string Username { get; init; }

    /// <summary>Password, at most 24 characters.</summary>
    public required string Password { get; init; }

    /// <summary>Display name, at most 128 characters.</summary>
    public required string Nickname { get; init; }

    /// <summary>Email address.</summary>
    public string? Email { get; init; }

    /// <summary>First name (<c>fname</c>).</summary>
    [JsonPropertyName("fname")]
    public string? FirstName { get; init; }

    /// <summary>Last name (<c>lname</c>).</summary>
    [JsonPropertyName("lname")]
    public string? LastName { get; init; }

    /// <summary>Gender.</summary>
    public SkyroomGender? Gender { get; init; }

    /// <summary>Initial status.</summary>
    public SkyroomStatus? Status { get; init; }

    /// <summary>Whether several people may use the account at once.</summary>
    public bool? IsPublic { get; init; }

    /// <summary>How many people may use the account at once; 0 for unlimited.</summary>
    public int? Concurrent { get; init; }

    /// <summary>Seconds the user may spend in rooms.</summary>
    public long? TimeLimit { get; init; }

    /// <summary>When the account expires (sent as Unix seconds).</summary>
    public DateTimeOffset? ExpiryDate { get; init; }
}
