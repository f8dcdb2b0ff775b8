namespace Kelas.Client.ShortLinks;

/// <summary>The service answered code 404: no link has the hash, or it is deactivated or expired.</summary>
/// <param name="message">The service's message.</param>
/// <param name="referenceNumber">The envelope's <c>referenceNumber</c>, if any.</param>
public class ShortLinkNotFoundException(string message, string? referenceNumber = null)
    : ShortLinkException(message, NotFound, isGatewayError: false, referenceNumber);
