namespace Kelas.Client.Skyroom;

/// <summary>A connection's state (<c>status</c> in <c>getConnections</c>). Values the client does not know are kept as numbers.</summary>
public enum SkyroomConnectionStatus
{
    /// <summary>Left on their own: closed the tab, or lost the network and did not come back (0).</summary>
    Left = 0,

    /// <summary>Inside the room now (1).</summary>
    Online = 1,

    /// <summary>Removed by an operator (2).</summary>
    Removed = 2,

    /// <summary>An operator ended the session (3).</summary>
    SessionEnded = 3,

    /// <summary>Let out by a limit: a time limit, the session duration, the service's end, a status or expiry change (4).</summary>
    LimitReached = 4,

    /// <summary>The server holding the connection stopped answering for it (5).</summary>
    Lost = 5,
}
