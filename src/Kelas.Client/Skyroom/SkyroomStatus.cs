namespace Kelas.Client.Skyroom;

/// <summary>Status of a service, room or user (<c>status</c> on the wire).</summary>
public enum SkyroomStatus
{
    /// <summary>Inactive (0).</summary>
    Inactive = 0,

    /// <summary>Active (1).</summary>
    Active = 1,
}
