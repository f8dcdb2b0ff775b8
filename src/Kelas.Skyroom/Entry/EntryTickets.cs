using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kelas.Skyroom.Entry;

/// <summary>
/// The ticket a room page hands its socket: the <see cref="EntryIdentity"/> and an expiry, signed with the account's
/// login secret under a label of its own (so a ticket can never pass for a login token, nor the reverse). Tickets
/// are bearer credentials like a session cookie; they live in the page, never in a URL.
/// </summary>
internal static class EntryTickets
{
    private static readonly byte[] Label = "kelas-entry-ticket:"u8.ToArray();

    public static string Issue(byte[] secret, EntryIdentity identity, long expires)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Ticket(identity, expires), EntryTicketJsonContext.Default.Ticket);
        var encoded = Base64Url.EncodeToString(payload);
        return encoded + "." + Base64Url.EncodeToString(Sign(secret, encoded));
    }

    /// <summary>The identity of a ticket this secret signed for this room and that has not expired; null otherwise.</summary>
    public static EntryIdentity? Read(byte[] secret, string? ticket, long roomId, long now)
    {
        if (string.IsNullOrEmpty(ticket) || ticket.Length > 8192)
        {
            return null;
        }

        var dot = ticket.IndexOf('.');
        if (dot <= 0 || !Base64Url.IsValid(ticket.AsSpan(0, dot)) || !Base64Url.IsValid(ticket.AsSpan(dot + 1)))
        {
            return null;
        }

        var encoded = ticket[..dot];
        var signature = Base64Url.DecodeFromChars(ticket.AsSpan(dot + 1));
        if (!CryptographicOperations.FixedTimeEquals(Sign(secret, encoded), signature))
        {
            return null;
        }

        try
        {
            var read = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(encoded), EntryTicketJsonContext.Default.Ticket);
            return read is { Identity: { } identity } && identity.RoomId == roomId && read.Expires > now ? identity : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[] Sign(byte[] secret, string encoded) =>
        HMACSHA256.HashData(secret, Label.Concat(Encoding.ASCII.GetBytes(encoded)).ToArray());

    internal sealed record Ticket(EntryIdentity Identity, long Expires);
}

[JsonSerializable(typeof(EntryTickets.Ticket))]
internal sealed partial class EntryTicketJsonContext : JsonSerializerContext;
