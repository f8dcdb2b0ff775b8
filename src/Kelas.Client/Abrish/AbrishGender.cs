namespace Kelas.Client.Abrish;

/// <summary>A user's gender as the service numbers it.</summary>
public enum AbrishGender
{
    /// <summary>Not one of the documented values (an answer from a service that left it out).</summary>
    Unknown = 0,

    /// <summary>Man (<c>1</c>).</summary>
    Male = 1,

    /// <summary>Woman (<c>2</c>).</summary>
    Female = 2,
}
