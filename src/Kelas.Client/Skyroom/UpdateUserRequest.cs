using System.Text.Json.Serialization;

namespace Kelas.Client.Skyroom;

/// <summary>
/// Changes for <c>updateUser</c>. Only the fields set are sent; <c>null</c> (or <see cref="Patch{T}.Unchanged"/>)
/// leaves a field as it is. Limits are <see cref="Patch{T}"/>s so they can also be set back to unlimited.
/// </summary>
public sealed record UpdateUserRequest
{
    /// <summary>New username.</summary>
    public string? Username { get; init; }

    /// <summary>New password.</summary>
    public string? Password { get; init; }

    /// <summary>New display name.</summary>
    public string? Nickname { get; init; }

    /// <summary>New email address.</summary>
    public string? Email { get; init; }

    /// <summary>New first name (<c>fname</c>).</summary>
    [JsonPropertyName("fname")]
    public string? FirstName { get; init; }

    /// <summary>New last name (<c>lname</c>).</summary>
    [JsonPropertyName("lname")]
    public string? LastName { get; init; }

    /// <summary>New gender.</summary>
    public SkyroomGender? Gender { get; init; }

    /// <summary>New status.</summary>
    public SkyroomStatus? Status { get; init; }

    /// <summary>Whether several people may use the account at once.</summary>
    public bool? IsPublic { get; init; }

    /// <summary>How many people may use the account at once; 0 for unlimited.</summary>
    public int? Concurrent { get; init; }

    /// <summary>Seconds the user may spend in rooms.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<long> TimeLimit { get; init; }

    /// <summary>When the account expires (sent as Unix seconds); <see cref="Patch{T}.Unlimited"/> for never.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<DateTimeOffset> ExpiryDate { get; init; }
}
