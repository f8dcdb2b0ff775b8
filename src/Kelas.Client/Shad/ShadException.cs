using System.Net;

namespace Kelas.Client.Shad;

/// <summary>
/// A Shad event call failed: the service answered an error status (401 wrong credentials, token or apiKey; 400 a
/// malformed request; 429 too many logins; 404 as <see cref="ShadUserNotFoundException"/>), with
/// <see cref="HttpStatusCode"/> and the service's Persian <see cref="Description"/>; or no usable answer came
/// (transport failure after retries, unreadable body), with both <c>null</c> and the cause as <see cref="Exception.InnerException"/>.
/// </summary>
public class ShadException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">Description of the failure.</param>
    public ShadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception for a failure.</summary>
    /// <param name="message">Description of the failure.</param>
    /// <param name="httpStatusCode">The HTTP status the service answered, if it answered.</param>
    /// <param name="description">The envelope's <c>description</c>, if there was one.</param>
    /// <param name="innerException">The transport or parsing failure, if any.</param>
    public ShadException(string message, HttpStatusCode? httpStatusCode, string? description = null, Exception? innerException = null)
        : base(message, innerException)
    {
        HttpStatusCode = httpStatusCode;
        Description = description;
    }

    /// <summary>The HTTP status of the failed answer; <c>null</c> when there was no answer.</summary>
    public HttpStatusCode? HttpStatusCode { get; }

    /// <summary>The service's own (Persian) description of the failure, if it sent one.</summary>
    public string? Description { get; }
}
