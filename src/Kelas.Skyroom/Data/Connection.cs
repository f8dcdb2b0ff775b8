namespace Kelas.Skyroom.Data;

/// <summary>
/// One person inside a room for one stretch of time (a browser tab's live connection). Open connections are
/// the shared presence every instance counts its limits against; <see cref="LastSeen"/> is refreshed by the
/// instance holding the socket, so connections of an instance that died are closed by the others.
/// </summary>
internal sealed class Connection
{
    public long Id { get; set; }

    public long SessionId { get; set; }

    public long AccountId { get; set; }

    public long ServiceId { get; set; }

    public long RoomId { get; set; }

    /// <summary>The Skyroom user who logged in (password or <c>getLoginUrl</c>); null for link and guest entries.</summary>
    public long? UserId { get; set; }

    /// <summary>The <c>user_id</c> given to <c>createLoginUrl</c>; null otherwise.</summary>
    public string? ApiUserId { get; set; }

    /// <summary>
    /// Who this is, across tabs and instances: <c>@api/{user_id}</c> for a login link, <c>user/{id}</c> for a user,
    /// <c>guest/{random}</c> for a guest. The token's <c>concurrent</c> limit counts open connections per value.
    /// </summary>
    public required string ClientId { get; set; }

    public required string Nickname { get; set; }

    /// <summary>1 normal, 2 presenter, 3 operator, 4 admin.</summary>
    public int Access { get; set; } = 1;

    public bool IsGuest { get; set; }

    /// <summary>A <see cref="ConnectionStatus"/> value.</summary>
    public int Status { get; set; } = ConnectionStatus.Online;

    /// <summary>The server instance that holds the socket.</summary>
    public required string Instance { get; set; }

    public long StartTime { get; set; }

    /// <summary>Null while the person is inside.</summary>
    public long? StopTime { get; set; }

    /// <summary>Last time the holding instance vouched for the socket (Unix seconds).</summary>
    public long LastSeen { get; set; }

    /// <summary>Seconds of this connection already added to the room's, service's and user's usage.</summary>
    public long CountedSeconds { get; set; }
}

/// <summary>What <see cref="Connection.Status"/> holds: <c>status</c> in <c>getConnections</c>.</summary>
internal static class ConnectionStatus
{
    /// <summary>Inside the room now.</summary>
    public const int Online = 1;

    /// <summary>Left on their own (closed the tab, lost the network and did not come back).</summary>
    public const int Left = 0;

    /// <summary>Removed by an operator.</summary>
    public const int Removed = 2;

    /// <summary>An operator ended the session.</summary>
    public const int SessionEnded = 3;

    /// <summary>Removed by a rule while inside: a time limit, <c>session_duration</c>, the service's stop time, a status or expiry change.</summary>
    public const int LimitReached = 4;

    /// <summary>The instance holding the socket stopped vouching for it (crashed or was killed).</summary>
    public const int Lost = 5;

    /// <summary>Never stored: what presence reports for a connection whose row went with its deleted room.</summary>
    public const int Deleted = -1;
}
