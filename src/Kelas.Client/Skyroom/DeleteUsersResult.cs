using System.Text.Json.Serialization;

namespace Kelas.Client.Skyroom;

/// <summary>Outcome of <c>deleteUsers</c>.</summary>
public sealed record DeleteUsersResult
{
    /// <summary>How many users were deleted (<c>success</c>).</summary>
    [JsonPropertyName("success")]
    public int Succeeded { get; init; }

    /// <summary>How many could not be deleted (<c>failure</c>).</summary>
    [JsonPropertyName("failure")]
    public int Failed { get; init; }
}
