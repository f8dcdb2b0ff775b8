namespace Kelas.Client.ShortLinks;

/// <summary>How a short link's hash was chosen (<c>hashGeneratedMethod</c> on the wire).</summary>
public enum HashGeneratedMethod
{
    /// <summary>Chosen at random by the service (<c>auto</c>).</summary>
    Auto,

    /// <summary>Chosen by the caller (<c>custom</c>).</summary>
    Custom,
}
