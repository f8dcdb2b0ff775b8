namespace Kelas.Client.Shad;

/// <summary>The service answered 404: the event knows no student by that <c>UserHashId</c>.</summary>
/// <param name="message">Description of the failure.</param>
/// <param name="description">The envelope's <c>description</c>.</param>
public class ShadUserNotFoundException(string message, string? description = null)
    : ShadException(message, System.Net.HttpStatusCode.NotFound, description);
