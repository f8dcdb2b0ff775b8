using System.Net;

namespace Kelas.Client.Skyroom;

/// <summary>
/// A Skyroom call failed, for one of three causes:
/// <list type="bullet">
/// <item>the service answered <c>ok: false</c>: <see cref="ErrorCode"/> and the message are the service's;</item>
/// <item>the service answered a non-success HTTP status (503 after retries, 5xx, 404…): <see cref="HttpStatusCode"/> is set;</item>
/// <item>the request never got an answer (DNS, connection, TLS, timeout) after retries, or the answer was not
/// a readable envelope: both codes are <c>null</c> and <see cref="Exception.InnerException"/> is the
/// <see cref="HttpRequestException"/>, <see cref="TimeoutException"/> or <see cref="System.Text.Json.JsonException"/>.</item>
/// </list>
/// </summary>
public class SkyroomException : Exception
{
    /// <summary>Web service disabled for the account.</summary>
    public const int ServiceDisabled = 10;

    /// <summary>Unknown API key.</summary>
    public const int InvalidKey = 11;

    /// <summary>Not allowed, e.g. an object of another account.</summary>
    public const int NotAllowed = 12;

    /// <summary>Malformed request, unknown action, or a missing or invalid parameter.</summary>
    public const int InvalidRequest = 13;

    /// <summary>The operation failed, e.g. a duplicate name or a limit reached.</summary>
    public const int OperationFailed = 14;

    /// <summary>The object does not exist (thrown as <see cref="SkyroomNotFoundException"/>).</summary>
    public const int NotFound = 15;

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">Description of the failure.</param>
    public SkyroomException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception for a failure.</summary>
    /// <param name="message">Description of the failure; for service errors, the service's <c>error_message</c>.</param>
    /// <param name="errorCode">The service's <c>error_code</c>, if the service answered with an error envelope.</param>
    /// <param name="httpStatusCode">The HTTP status, if the service answered with a non-success status.</param>
    /// <param name="innerException">The transport or parsing failure, if any.</param>
    public SkyroomException(string message, int? errorCode, HttpStatusCode? httpStatusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        HttpStatusCode = httpStatusCode;
    }

    /// <summary>The service's <c>error_code</c> (see the constants on this class); <c>null</c> when the service gave none.</summary>
    public int? ErrorCode { get; }

    /// <summary>The HTTP status of a non-success response; <c>null</c> when the failure is not an HTTP status.</summary>
    public HttpStatusCode? HttpStatusCode { get; }
}
