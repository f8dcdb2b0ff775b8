namespace Kelas.ShortLinks.Wire;

/// <summary>Failures of the POD gateway itself (before any service runs): <c>hasError: true</c> and no result. Codes are ours (ADR 0005).</summary>
internal sealed record GatewayError(int Code, string Message)
{
    public static readonly GatewayError InvalidToken = new(21, "_token_ نامعتبر است (Invalid _token_).");
    public static readonly GatewayError UnknownProduct = new(22, "scProductId نامعتبر است (Unknown scProductId).");
    public static readonly GatewayError InvalidApiKey = new(23, "scApiKey نامعتبر است (Invalid scApiKey).");
    public static readonly GatewayError UnreadableRequest = new(24, "درخواست قابل خواندن نیست (Unreadable or oversized request).");
}
