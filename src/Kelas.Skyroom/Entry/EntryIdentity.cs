using System.Text.Json.Serialization;

namespace Kelas.Skyroom.Entry;

/// <summary>How someone came in: a login link of the API, a user of the account, or a guest.</summary>
internal enum EntryKind
{
    ApiLink,
    User,
    Guest,
}

/// <summary>
/// Who is entering a room, as established by a login link, a password or a guest form. It travels to the room socket
/// inside the entry ticket, and everything the limits need is in it.
/// </summary>
/// <param name="ClientId">See <see cref="Data.Connection.ClientId"/>.</param>
/// <param name="Concurrent">The login link's <c>concurrent</c> (API links only; 0 = unlimited).</param>
internal sealed record EntryIdentity(
    long AccountId,
    long RoomId,
    EntryKind Kind,
    string ClientId,
    long? UserId,
    string? ApiUserId,
    string Nickname,
    int Access,
    int Concurrent,
    string Language)
{
    [JsonIgnore]
    public bool IsGuest => Kind == EntryKind.Guest;

    [JsonIgnore]
    public bool IsOperator => Access >= 3;

    public static EntryIdentity ForApiLink(long accountId, long roomId, string apiUserId, string nickname, int access, int concurrent, string language) =>
        new(accountId, roomId, EntryKind.ApiLink, "@api/" + apiUserId, null, apiUserId, nickname, access, concurrent, language);

    public static EntryIdentity ForUser(long accountId, long roomId, long userId, string nickname, int access, string language) =>
        new(accountId, roomId, EntryKind.User, "user/" + userId.ToString(System.Globalization.CultureInfo.InvariantCulture), userId, null, nickname, access, 0, language);

    public static EntryIdentity ForGuest(long accountId, long roomId, string nickname, string language) =>
        new(accountId, roomId, EntryKind.Guest, "guest/" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)), null, null, nickname, 1, 0, language);
}
