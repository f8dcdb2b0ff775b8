using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Kelas.Client.Http;

/// <summary>
/// Sends requests through the shared rate limiter, with a per-attempt timeout and retries (exponential
/// backoff, full jitter) on HTTP 503 and transport failures. The secrets are redacted from everything it logs.
/// </summary>
/// <remarks>
/// Returns the last response, whatever its status: mapping statuses to errors is the service client's job.
/// When every attempt failed in transport, rethrows the last <see cref="HttpRequestException"/>, or a
/// <see cref="TimeoutException"/> for a timeout. The caller's cancellation is never retried.
/// </remarks>
internal sealed class ResilientHttpPipeline
{
    private const string Redacted = "***";

    private readonly string service;
    private readonly Func<HttpClient> httpClient;
    private readonly ResilienceSettings settings;
    private readonly RateLimiter? rateLimiter;
    private readonly string[] secrets;
    private readonly ILogger logger;

    /// <param name="service">Service name used in log messages.</param>
    /// <param name="httpClient">Gives the client for each attempt (a fixed one, or one from IHttpClientFactory).</param>
    /// <param name="settings">Retry, timeout and rate-limit settings.</param>
    /// <param name="rateLimitScope">Requests with the same scope share one rate limiter in the process.</param>
    /// <param name="secrets">Credentials that may appear in URLs, form bodies or messages and must never be logged.</param>
    /// <param name="logger">Receives transport failures and retries.</param>
    public ResilientHttpPipeline(
        string service,
        Func<HttpClient> httpClient,
        ResilienceSettings settings,
        string rateLimitScope,
        IEnumerable<string> secrets,
        ILogger logger)
    {
        this.service = service;
        this.httpClient = httpClient;
        this.settings = settings;
        this.logger = logger;

        // Each secret also in its URL and form encodings; the longest first, so that a secret containing
        // another is not left half-redacted.
        this.secrets = secrets
            .Where(secret => !string.IsNullOrEmpty(secret))
            .SelectMany(secret => new[] { secret, Uri.EscapeDataString(secret), WebUtility.UrlEncode(secret) })
            .Distinct()
            .OrderByDescending(secret => secret.Length)
            .ToArray();
        if (settings.PermitsPerMinute > 0)
        {
            rateLimiter = SharedRateLimiters.Get(rateLimitScope, settings.PermitsPerMinute, settings.RateLimitWindow);
        }
    }

    /// <summary>Replaces every secret in <paramref name="text"/>.</summary>
    public string Redact(string text)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Redacted, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Sends a request built afresh for each attempt by <paramref name="createRequest"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        var attempts = settings.MaxRetries + 1;
        for (var attempt = 1; ; attempt++)
        {
            await WaitForPermitAsync(cancellationToken).ConfigureAwait(false);

            using var request = createRequest();
            var endpoint = Redact(request.RequestUri?.ToString() ?? "");
            TimeSpan delay;
            try
            {
                var response = await SendOnceAsync(request, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
                {
                    return response;
                }

                if (attempt == attempts)
                {
                    HttpLog.ServiceUnavailableGivingUp(logger, service, endpoint, attempt, attempts);
                    return response;
                }

                delay = RetryAfter(response) ?? Backoff(attempt);
                response.Dispose();
                HttpLog.RetryingAfterServiceUnavailable(logger, service, endpoint, attempt, attempts, delay);
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException)
            {
                var failure = Redact(Describe(e));
                if (attempt == attempts)
                {
                    HttpLog.TransportFailureGivingUp(logger, service, endpoint, attempt, attempts, failure);
                    throw;
                }

                delay = Backoff(attempt);
                HttpLog.RetryingAfterTransportFailure(logger, service, endpoint, attempt, attempts, failure, delay);
            }

            await Task.Delay(delay, settings.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WaitForPermitAsync(CancellationToken cancellationToken)
    {
        if (rateLimiter is null)
        {
            return;
        }

        using var lease = await rateLimiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException($"The {service} client-side rate limiter refused a permit.");
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            // ResponseContentRead buffers the body inside the timeout, so reading it later cannot hang.
            return await httpClient().SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Either our per-attempt timeout or HttpClient.Timeout fired: a transport failure, not the caller's wish.
            var message = timeout.IsCancellationRequested
                ? $"The request timed out after {settings.Timeout.TotalSeconds:0.###} s."
                : e.InnerException?.Message ?? "The request timed out.";
            throw new TimeoutException(message, e);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date - settings.TimeProvider.GetUtcNow());
        return delay is null ? null : Clamp(delay.Value);
    }

    // Full jitter: a uniform delay between zero and the exponential cap spreads out clients that failed together.
    private TimeSpan Backoff(int attempt)
    {
        var cap = Math.Min(settings.MaxRetryDelay.Ticks, settings.RetryBaseDelay.Ticks * Math.Pow(2, attempt - 1));
        return TimeSpan.FromTicks((long)(Random.Shared.NextDouble() * cap));
    }

    private TimeSpan Clamp(TimeSpan delay) =>
        delay < TimeSpan.Zero ? TimeSpan.Zero : delay > settings.MaxRetryDelay ? settings.MaxRetryDelay : delay;

    private static string Describe(Exception failure)
    {
        var messages = new List<string>();
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (!messages.Contains(e.Message))
            {
                messages.Add(e.Message);
            }
        }

        var kind = failure is HttpRequestException http ? http.HttpRequestError.ToString() : "Timeout";
        return $"{kind}: {string.Join(" <- ", messages)}";
    }
}
