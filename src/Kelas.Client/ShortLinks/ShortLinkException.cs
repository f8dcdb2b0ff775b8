using System.Net;

namespace Kelas.Client.ShortLinks;

/// <summary>
/// A short-link call failed, for one of four causes:
/// <list type="bullet">
/// <item>the POD gateway refused the request (<c>hasError: true</c>): <see cref="IsGatewayError"/> is set, and
/// <see cref="Code"/> and the message are the gateway's (21 to 24 for a bad token, product, key or request);</item>
/// <item>the short-link service refused it (<c>error: true</c> inside the result): <see cref="Code"/> and the
/// message are the service's (114 to 121, 401, 404, 999); 404 is thrown as <see cref="ShortLinkNotFoundException"/>;</item>
/// <item>the server answered a non-success HTTP status (503 after retries, 5xx, 404…): <see cref="HttpStatusCode"/> is set;</item>
/// <item>the request never got an answer (DNS, connection, TLS, timeout) after retries, or the answer was not a
/// readable envelope: <see cref="Code"/> and <see cref="HttpStatusCode"/> are <c>null</c> and <see cref="Exception.InnerException"/>
/// is the <see cref="HttpRequestException"/>, <see cref="TimeoutException"/> or <see cref="System.Text.Json.JsonException"/>.</item>
/// </list>
/// </summary>
public class ShortLinkException : Exception
{
    /// <summary>Gateway: the <c>_token_</c> is missing or unknown, or its business is disabled.</summary>
    public const int InvalidToken = 21;

    /// <summary>Gateway: the <c>scProductId</c> is missing or not one of the short-link services.</summary>
    public const int InvalidProduct = 22;

    /// <summary>Gateway: the <c>scApiKey</c> is missing or not the business's.</summary>
    public const int InvalidApiKey = 23;

    /// <summary>Gateway: the request could not be read (too large, or a broken form body).</summary>
    public const int UnreadableRequest = 24;

    /// <summary><c>URL_OR_Content_IS_NULL_OR_EMPTY</c>: <c>urlOrContent</c> is missing or blank.</summary>
    public const int UrlOrContentMissing = 114;

    /// <summary><c>INVALID_PARAMETER</c>: a parameter has a value the service does not allow (named at the end of the message).</summary>
    public const int InvalidParameter = 116;

    /// <summary>
    /// <c>CUSTOM_HASH_REPETETIVE</c> from <c>add</c>: the custom hash is taken; <c>HASH_IS_NULL_OR_EMPTY</c> from
    /// <c>setStatus</c>: the hash is missing.
    /// </summary>
    public const int HashTaken = 119;

    /// <summary><c>HASH_IS_LONG</c>: the custom hash is longer than 32 characters.</summary>
    public const int HashTooLong = 120;

    /// <summary><c>URL_OR_CONTENT_REPETITIVE</c>: this business already shortened the same address or text.</summary>
    public const int UrlOrContentRepeated = 121;

    /// <summary><c>UNAUTHORIZED</c>: the link belongs to another business.</summary>
    public const int Unauthorized = 401;

    /// <summary><c>NOT_FOUND</c>: no such hash, or the link is deactivated or expired (thrown as <see cref="ShortLinkNotFoundException"/>).</summary>
    public const int NotFound = 404;

    /// <summary><c>INTERNAL_SERVER_EXCEPTION</c>: the service failed.</summary>
    public const int InternalError = 999;

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">Description of the failure.</param>
    public ShortLinkException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception for a failure.</summary>
    /// <param name="message">Description of the failure; for gateway and service errors, their own message.</param>
    /// <param name="code">The gateway's <c>errorCode</c> or the service's <c>code</c>, if either answered with an error.</param>
    /// <param name="isGatewayError">Whether <paramref name="code"/> is the gateway's rather than the service's.</param>
    /// <param name="referenceNumber">The envelope's <c>referenceNumber</c>, if the server answered with one.</param>
    /// <param name="httpStatusCode">The HTTP status, if the server answered with a non-success status.</param>
    /// <param name="innerException">The transport or parsing failure, if any.</param>
    public ShortLinkException(
        string message,
        int? code,
        bool isGatewayError = false,
        string? referenceNumber = null,
        HttpStatusCode? httpStatusCode = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        IsGatewayError = isGatewayError;
        ReferenceNumber = referenceNumber;
        HttpStatusCode = httpStatusCode;
    }

    /// <summary>
    /// The gateway's <c>errorCode</c> when <see cref="IsGatewayError"/> is set, otherwise the service's <c>code</c>
    /// (see the constants on this class); <c>null</c> when neither answered with an error.
    /// </summary>
    public int? Code { get; }

    /// <summary>Whether the POD gateway refused the request (<c>hasError: true</c>) before it reached the service.</summary>
    public bool IsGatewayError { get; }

    /// <summary>The envelope's <c>referenceNumber</c>, to quote to the service's support; <c>null</c> when there was none.</summary>
    public string? ReferenceNumber { get; }

    /// <summary>The HTTP status of a non-success response; <c>null</c> when the failure is not an HTTP status.</summary>
    public HttpStatusCode? HttpStatusCode { get; }
}
