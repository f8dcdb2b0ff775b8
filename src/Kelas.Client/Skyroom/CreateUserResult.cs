using System.Text.Json.Serialization;
using Kelas.Client.Skyroom.Wire;

namespace Kelas.Client.Skyroom;

/// <summary>Outcome of one entry of <c>createUsers</c>: the new user's id, or the service's error message for that entry.</summary>
[JsonConverter(typeof(CreateUserResultConverter))]
public sealed record CreateUserResult
{
    /// <summary>Id of the created user; <c>null</c> when the entry failed.</summary>
    public long? UserId { get; init; }

    /// <summary>Why the entry failed (the service's message, e.g. a duplicate username); <c>null</c> on success.</summary>
    public string? Error { get; init; }

    /// <summary>Whether the user was created.</summary>
    public bool Succeeded => UserId is not null;
}
