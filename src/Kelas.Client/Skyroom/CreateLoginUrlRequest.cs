using System.Text.Json.Serialization;
using Kelas.Client.Json;

namespace Kelas.Client.Skyroom;

/// <summary>
/// Parameters of <c>createLoginUrl</c>: a link that enters a room without an account. All fields are sent,
/// with the service's documented defaults.
/// </summary>
public sealed record CreateLoginUrlRequest
{
    /// <summary>The room the link enters.</summary>
    public required long RoomId { get; init; }

    /// <summary>
    /// Your own id for the person (letters and digits, no spaces); it is what stops the link from being
    /// used by more people than <see cref="Concurrent"/>. Pass numeric ids as their string form.
    /// </summary>
    public required string UserId { get; init; }

    /// <summary>Display name in the room.</summary>
    public required string Nickname { get; init; }

    /// <summary>Access level in the room (default normal).</summary>
    public SkyroomAccess Access { get; init; } = SkyroomAccess.Normal;

    /// <summary>How many people may be in the room with this link at once (default 1).</summary>
    public int Concurrent { get; init; } = 1;

    /// <summary>Interface language of the room (default <c>fa</c>).</summary>
    public string Language { get; init; } = "fa";

    /// <summary>How long the link stays valid (default one hour); sent as whole seconds, rounded up.</summary>
    [JsonConverter(typeof(SecondsConverter))]
    public TimeSpan Ttl { get; init; } = TimeSpan.FromHours(1);
}
