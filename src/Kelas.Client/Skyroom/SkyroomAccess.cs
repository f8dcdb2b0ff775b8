namespace Kelas.Client.Skyroom;

/// <summary>A user's access level in a room (<c>access</c> on the wire).</summary>
public enum SkyroomAccess
{
    /// <summary>Attendee (1).</summary>
    Normal = 1,

    /// <summary>Presenter (2): may share audio, video and the screen.</summary>
    Presenter = 2,

    /// <summary>Operator (3): runs the room.</summary>
    Operator = 3,

    /// <summary>Administrator (4): removed from the documentation in 2021 but still accepted; ranks above operator.</summary>
    Admin = 4,
}
