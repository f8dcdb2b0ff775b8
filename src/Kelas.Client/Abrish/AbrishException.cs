using System.Net;

namespace Kelas.Client.Abrish;

/// <summary>
/// An Abrish call failed: the service answered <c>{"error": …}</c> (<see cref="ServiceMessage"/> is its Persian
/// message, also the exception's message); or the server answered a non-success HTTP status (<see cref="HttpStatusCode"/>);
/// or no readable answer came (DNS, connection, TLS, timeout after retries, or not JSON: see <see cref="Exception.InnerException"/>).
/// </summary>
public class AbrishException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">Description of the failure.</param>
    public AbrishException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">Description of the failure.</param>
    /// <param name="innerException">The cause.</param>
    public AbrishException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception describing one failed call.</summary>
    /// <param name="message">Description of the failure.</param>
    /// <param name="serviceMessage">The service's <c>error</c> text, if it answered one.</param>
    /// <param name="httpStatusCode">The HTTP status, if it was not a success.</param>
    /// <param name="innerException">The cause.</param>
    public AbrishException(string message, string? serviceMessage, HttpStatusCode? httpStatusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ServiceMessage = serviceMessage;
        HttpStatusCode = httpStatusCode;
    }

    /// <summary>The service's <c>error</c> message (Persian), when the service refused the call.</summary>
    public string? ServiceMessage { get; }

    /// <summary>The HTTP status when the server answered something other than a success.</summary>
    public HttpStatusCode? HttpStatusCode { get; }
}
