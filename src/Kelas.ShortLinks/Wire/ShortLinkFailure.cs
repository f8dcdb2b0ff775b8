namespace Kelas.ShortLinks.Wire;

/// <summary>Thrown by handlers and parameter readers; the gateway turns it into the inner error object.</summary>
internal sealed class ShortLinkFailure(ShortLinkError error, string? parameter = null) : Exception(error.Message(parameter))
{
    public ShortLinkError Error { get; } = error;

    /// <summary>The offending parameter, named at the end of a 116 message.</summary>
    public string? Parameter { get; } = parameter;

    public static ShortLinkFailure Invalid(string parameter) => new(ShortLinkError.InvalidParameter, parameter);
}
