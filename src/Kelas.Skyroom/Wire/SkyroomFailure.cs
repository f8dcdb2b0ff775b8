namespace Kelas.Skyroom.Wire;

/// <summary>Thrown by handlers and the wire reader; the endpoint turns it into the error envelope.</summary>
internal sealed class SkyroomFailure(SkyroomError error) : Exception(error.Message)
{
    public SkyroomError Error { get; } = error;
}
