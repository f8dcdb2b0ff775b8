namespace Kelas.Client.Skyroom;

/// <summary>A user's gender (<c>gender</c> on the wire).</summary>
public enum SkyroomGender
{
    /// <summary>Unknown (0).</summary>
    Unknown = 0,

    /// <summary>Male (1).</summary>
    Male = 1,

    /// <summary>Female (2).</summary>
    Female = 2,
}
