using System.Buffers;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kelas.Client.Http;
using Kelas.Client.Json;
using Kelas.Client.ShortLinks.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kelas.Client.ShortLinks;

/// <summary>
/// Client of the POD short-link service, tilin (<c>POST {endpoint}/srv/sc/nzh/doServiceCall</c>, products 46410 to
/// 46414), against the live service or a Kelas server alike. Immutable and thread-safe: create one and share it.
/// </summary>
/// <remarks>
/// Each call is a form post carrying the token in the <c>_token_</c> header, the product id and API key as fields,
/// and the service's parameters as a JSON object in the <c>body</c> field. Requests are retried with exponential
/// backoff and jitter after HTTP 503 (honouring <c>Retry-After</c>) or a transport failure, and may go through an
/// optional client-side rate limiter. Failures are thrown as <see cref="ShortLinkException"/>; code 404 as
/// <see cref="ShortLinkNotFoundException"/>. Cancelling the token throws <see cref="OperationCanceledException"/>
/// and is never retried. Times are <see cref="DateTimeOffset"/>s in UTC, exchanged as Unix milliseconds.
/// </remarks>
public class ShortLinkClient
{
    internal const string HttpClientName = "Kelas.Client.ShortLinks";

    /// <summary>How many links <see cref="ListAsync"/> asks for at a time: the most the service answers in one page.</summary>
    internal const int ListPageSize = 100;

    private const string ServicePath = "srv/sc/nzh/doServiceCall";
    private const string ServiceName = "POD short-link";

    private static readonly ShortLinkJsonContext Json = ShortLinkJsonContext.Default;
    private static readonly Operation Add = new("add", 46410);
    private static readonly Operation Visit = new("visit", 46411);
    private static readonly Operation List = new("list", 46412);
    private static readonly Operation SetStatus = new("setStatus", 46413);
    private static readonly Operation Statistics = new("statistics", 46414);

    private readonly ResilientHttpPipeline? pipeline;
    private readonly Uri? requestUri;
    private readonly string? token;
    private readonly string? apiKey;

    /// <summary>Creates a client with default options.</summary>
    /// <param name="endpoint">Base URL of the gateway, e.g. <c>https://api.pod.ir/</c>.</param>
    /// <param name="token">The business's API token (<c>_token_</c>).</param>
    /// <param name="apiKey">The service's API key (<c>scApiKey</c>).</param>
    public ShortLinkClient(Uri endpoint, string token, string apiKey)
        : this(endpoint, token, apiKey, new ShortLinkClientOptions())
    {
    }

    /// <summary>Creates a client; <paramref name="endpoint"/>, <paramref name="token"/> and <paramref name="apiKey"/> take precedence over the options.</summary>
    /// <param name="endpoint">Base URL of the gateway, e.g. <c>https://api.pod.ir/</c>.</param>
    /// <param name="token">The business's API token (<c>_token_</c>).</param>
    /// <param name="apiKey">The service's API key (<c>scApiKey</c>).</param>
    /// <param name="options">Rate limit, retry and timeout settings.</param>
    /// <param name="logger">Receives transport failures and retries; none by default.</param>
    public ShortLinkClient(Uri endpoint, string token, string apiKey, ShortLinkClientOptions options, ILogger? logger = null)
        : this(static () => SharedHttpClient.Instance, endpoint, token, apiKey, options, logger)
    {
    }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>; endpoint, token and key come from the options.</summary>
    /// <param name="httpClient">The client to send with. Its own <see cref="HttpClient.Timeout"/> also applies.</param>
    /// <param name="options">Endpoint, token, key, and rate limit, retry and timeout settings.</param>
    /// <param name="logger">Receives transport failures and retries; none by default.</param>
    public ShortLinkClient(HttpClient httpClient, ShortLinkClientOptions options, ILogger? logger = null)
        : this(() => httpClient, RequiredEndpoint(options), RequiredToken(options), RequiredApiKey(options), options, logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
    }

    /// <summary>Creates a client for mocking; calling a method that is not overridden throws.</summary>
    protected ShortLinkClient()
    {
    }

    internal ShortLinkClient(
        Func<HttpClient> httpClient, Uri endpoint, string token, string apiKey, ShortLinkClientOptions options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        ArgumentNullException.ThrowIfNull(options);
        var baseUri = KelasClientOptions.BaseAddress(endpoint);
        var settings = options.ToResilienceSettings();
        requestUri = new Uri(baseUri, ServicePath);
        this.token = token;
        this.apiKey = apiKey;

        // The service counts requests per business, so clients of the same token share one limiter.
        pipeline = new ResilientHttpPipeline(
            ServiceName, httpClient, settings, requestUri.AbsoluteUri + "\n" + token, [token, apiKey], logger ?? NullLogger.Instance);
    }

    /// <summary>Shortens an address, a file's address or a text: <c>add</c> (46410).</summary>
    /// <param name="request">What to shorten, and optionally the hash and tags.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new link.</returns>
    /// <exception cref="ShortLinkException">
    /// Code 119 when the custom hash is taken, 120 when it is too long, 121 when this business already shortened the
    /// same value. A call retried after a timeout may have succeeded the first time and then fail with 119 or 121.
    /// </exception>
    public virtual Task<ShortLink> AddAsync(AddShortLinkRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.UrlOrContent, nameof(request));
        var tags = ShortLinkTags.Join(request.Tags ?? [], nameof(request));
        return SendAsync(
            Add,
            p =>
            {
                p.WriteString("urlOrContent", request.UrlOrContent);
                p.WriteString("shortenObjectKind", NamedEnum.Name(request.Kind));
                if (request.Hash is not null)
                {
                    p.WriteString("hash", request.Hash);
                }

                if (tags.Length > 0)
                {
                    p.WriteString("tags", tags);
                }
            },
            Json.ShortLink,
            cancellationToken);
    }

    /// <summary>Shortens a web address: <c>add</c> (46410) of a <see cref="ShortLinkKind.Link"/>.</summary>
    /// <param name="url">The absolute http or https address, sent in its canonical form (<see cref="Uri.AbsoluteUri"/>).</param>
    /// <param name="hash">A hash of your choice; <c>null</c> lets the service choose one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new link.</returns>
    /// <exception cref="ShortLinkException">As <see cref="AddAsync"/>.</exception>
    public virtual Task<ShortLink> ShortenUrlAsync(Uri url, string? hash = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The URL must be an absolute http or https URL.", nameof(url));
        }

        return AddAsync(new AddShortLinkRequest { UrlOrContent = url.AbsoluteUri, Kind = ShortLinkKind.Link, Hash = hash }, cancellationToken);
    }

    /// <summary>
    /// Records a visit of a link and gets it: <c>visit</c> (46411). The visit is counted like a click on the short URL,
    /// so a call retried after a timeout may count twice.
    /// </summary>
    /// <param name="hash">The link's hash.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link, its visit count including this visit.</returns>
    /// <exception cref="ShortLinkNotFoundException">No link has the hash, or it is deactivated or expired.</exception>
    public virtual Task<ShortLink> VisitAsync(string hash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        return SendAsync(Visit, p => p.WriteString("hash", hash), Json.ShortLink, cancellationToken);
    }

    /// <summary>
    /// Lists the business's links, page after page of <c>list</c> (46412) as they are enumerated: 100 links a request,
    /// until a request answers none or the service's total count is reached (without a usable total, until a page
    /// shorter than asked).
    /// </summary>
    /// <remarks>
    /// Paging is by offset: links created or deactivated during the walk shift the pages, so one may be seen twice or
    /// missed. Sorting in ascending <see cref="ShortLinkOrder.CreateTime"/> keeps new links at the end.
    /// </remarks>
    /// <param name="query">Filters and order; all links, newest first, when <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The links, in the query's order.</returns>
    public virtual async IAsyncEnumerable<ShortLink> ListAsync(
        ShortLinkQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var offset = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await GetPageAsync(query, offset, ListPageSize, cancellationToken).ConfigureAwait(false);
            foreach (var link in page.Items)
            {
                yield return link;
            }

            var seen = offset + page.Items.Count;
            if (page.Items.Count == 0 || IsLastPage(page, seen))
            {
                yield break;
            }

            offset = seen;
        }
    }

    /// <summary>Gets one page of the business's links: <c>list</c> (46412).</summary>
    /// <param name="query">Filters and order; all links, newest first, when <c>null</c>.</param>
    /// <param name="offset">How many matching links to skip.</param>
    /// <param name="count">How many links to answer at most; the service answers at most 100.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the total number of matching links.</returns>
    public virtual Task<ShortLinkPage> GetPageAsync(ShortLinkQuery? query, int offset, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        query ??= new ShortLinkQuery();
        var filterTags = query.FilterTags is null ? "" : ShortLinkTags.Join(query.FilterTags, nameof(query));
        var searchTags = query.SearchTags is null ? "" : ShortLinkTags.Join(query.SearchTags, nameof(query));
        return SendAsync(
            List,
            p =>
            {
                p.WriteNumber("offset", offset);
                p.WriteNumber("count", count);
                if (query.OrderBy is { } orderBy)
                {
                    p.WriteString("order_by", NamedEnum.Name(orderBy));
                }

                if (query.Ascending is { } ascending)
                {
                    p.WriteBoolean("order_asc", ascending);
                }

                if (!string.IsNullOrEmpty(query.SearchSubstring))
                {
                    p.WriteString("search_sub_string", query.SearchSubstring);
                }

                if (query.CreatedFrom is { } from)
                {
                    p.WriteNumber("date_from", from.ToUnixTimeMilliseconds());
                }

                if (query.CreatedTo is { } to)
                {
                    p.WriteNumber("date_to", to.ToUnixTimeMilliseconds());
                }

                if (query.HashGeneratedMethod is { } method)
                {
                    p.WriteString("hashGeneratedMethod", NamedEnum.Name(method));
                }

                if (query.Kind is { } kind)
                {
                    p.WriteString("shortenObjectKind", NamedEnum.Name(kind));
                }

                if (filterTags.Length > 0)
                {
                    p.WriteString("filter_tags", filterTags);
                }

                if (searchTags.Length > 0)
                {
                    p.WriteString("search_tags", searchTags);
                }
            },
            Json.ShortLinkPage,
            cancellationToken);
    }

    /// <summary>Activates or deactivates a link of the business: <c>setStatus</c> (46413). A deactivated link answers 404 to visits.</summary>
    /// <param name="hash">The link's hash.</param>
    /// <param name="active">Whether the link should work (<c>active</c>) or not (<c>deactive</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the status is set.</returns>
    /// <exception cref="ShortLinkNotFoundException">No link has the hash.</exception>
    /// <exception cref="ShortLinkException">Code 401 when the link belongs to another business.</exception>
    public virtual async Task SetStatusAsync(string hash, bool active, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        var done = await SendAsync(
            SetStatus,
            p =>
            {
                p.WriteString("hash", hash);
                p.WriteString("setStatus", active ? "active" : "deactive");
            },
            Json.Boolean,
            cancellationToken).ConfigureAwait(false);
        if (!done)
        {
            throw new ShortLinkException($"{ServiceName} {SetStatus} answered false for \"{hash}\".", null);
        }
    }

    /// <summary>Gets a link's click statistics over a range: <c>statistics</c> (46414). Works on deactivated and expired links too.</summary>
    /// <param name="hash">The link's hash.</param>
    /// <param name="kind">The bucket size of <see cref="ShortLinkStatistics.ClickIntervals"/>; it also bounds the range.</param>
    /// <param name="from">Start of the range; by default the kind's longest range before <paramref name="to"/>, but not before the link's creation.</param>
    /// <param name="to">End of the range; now by default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ShortLinkNotFoundException">No link has the hash.</exception>
    /// <exception cref="ShortLinkException">Code 116 when the range is wider than <paramref name="kind"/> allows; 401 when the link belongs to another business.</exception>
    public virtual Task<ShortLinkStatistics> GetStatisticsAsync(
        string hash,
        StatisticsKind kind = StatisticsKind.Month,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        if (from > to)
        {
            throw new ArgumentException("The range starts after it ends.", nameof(from));
        }

        return SendAsync(
            Statistics,
            p =>
            {
                p.WriteString("hash", hash);
                p.WriteString("kind", NamedEnum.Name(kind));
                if (from is { } start)
                {
                    p.WriteNumber("fromTimestamp", start.ToUnixTimeMilliseconds());
                }

                if (to is { } end)
                {
                    p.WriteNumber("toTimestamp", end.ToUnixTimeMilliseconds());
                }
            },
            Json.ShortLinkStatistics,
            cancellationToken);
    }

    // Trusts the total while it agrees with what was seen (a server answering fewer than asked then still pages on);
    // a total smaller than that (left out, or links deactivated meanwhile) falls back to "a short page is the last".
    private static bool IsLastPage(ShortLinkPage page, int seen) =>
        page.TotalCount >= seen ? seen >= page.TotalCount : page.Items.Count < ListPageSize;

    private async Task<T> SendAsync<T>(
        Operation operation, Action<Utf8JsonWriter> writeParams, JsonTypeInfo<T> resultType, CancellationToken cancellationToken)
    {
        if (pipeline is null || requestUri is null || token is null || apiKey is null)
        {
            throw new InvalidOperationException("This ShortLinkClient was created for mocking: override the method you call.");
        }

        var form = WriteForm(operation, apiKey, writeParams);
        HttpResponseMessage response;
        try
        {
            response = await pipeline.SendAsync(
                () => new HttpRequestMessage(HttpMethod.Post, requestUri)
                {
                    Headers = { { "_token_", token }, { "_token_issuer_", "1" } },
                    Content = new ByteArrayContent(form) { Headers = { ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") } },
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException)
        {
            throw new ShortLinkException($"{ServiceName} {operation} got no answer: {pipeline.Redact(e.Message)}", null, innerException: e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new ShortLinkException(
                    $"{ServiceName} {operation} answered HTTP {(int)response.StatusCode} ({response.ReasonPhrase}).",
                    null,
                    httpStatusCode: response.StatusCode);
            }

            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return ReadEnvelope(operation, content, resultType);
        }
    }

    private static T ReadEnvelope<T>(Operation operation, byte[] content, JsonTypeInfo<T> resultType)
    {
        string? referenceNumber = null;
        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("hasError", out var hasError))
            {
                throw new JsonException("The response is not a POD envelope.");
            }

            referenceNumber = NonEmpty(root, "referenceNumber");
            if (hasError.Deserialize(Json.Boolean))
            {
                var errorCode = root.TryGetProperty("errorCode", out var codeElement) ? codeElement.Deserialize(Json.NullableInt32) : null;
                var message = NonEmpty(root, "message") ?? $"The POD gateway refused {ServiceName} {operation} with error code {errorCode}.";
                throw new ShortLinkException(message, errorCode, isGatewayError: true, referenceNumber);
            }

            if (!root.TryGetProperty("result", out var outer) || outer.ValueKind != JsonValueKind.Object
                || !outer.TryGetProperty("result", out var innerValue))
            {
                throw new JsonException("The envelope has no result.");
            }

            // The service's answer is a JSON string inside the envelope; some gateways pass it on already parsed.
            using var innerDocument = innerValue.ValueKind == JsonValueKind.String ? JsonDocument.Parse(innerValue.GetString()!) : null;
            var inner = innerDocument?.RootElement ?? innerValue;
            if (inner.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("The envelope's result is not a service answer.");
            }

            var code = inner.TryGetProperty("code", out var innerCode) ? innerCode.Deserialize(Json.NullableInt32) : null;
            var failed = inner.TryGetProperty("error", out var error) ? error.Deserialize(Json.Boolean) : code is < 200 or >= 300;
            if (failed)
            {
                var message = NonEmpty(inner, "message") ?? $"{ServiceName} {operation} failed with code {code}.";
                throw code == ShortLinkException.NotFound
                    ? new ShortLinkNotFoundException(message, referenceNumber)
                    : new ShortLinkException(message, code, isGatewayError: false, referenceNumber);
            }

            var result = inner.TryGetProperty("result", out var value) ? value.Deserialize(resultType) : default;
            return result ?? throw new JsonException("The service's answer has no result.");
        }
        catch (JsonException e)
        {
            throw new ShortLinkException(
                $"{ServiceName} {operation} answered something unreadable: {e.Message}", null, referenceNumber: referenceNumber, innerException: e);
        }
    }

    private static string? NonEmpty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.Deserialize(Json.String) is { Length: > 0 } text ? text : null;

    private static byte[] WriteForm(Operation operation, string apiKey, Action<Utf8JsonWriter> writeParams)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeParams(writer);
            writer.WriteEndObject();
        }

        var body = Encoding.UTF8.GetString(buffer.WrittenSpan);
        var form = $"scProductId={operation.ProductId}&scApiKey={Uri.EscapeDataString(apiKey)}&body={Uri.EscapeDataString(body)}";
        return Encoding.ASCII.GetBytes(form);
    }

    private static Uri RequiredEndpoint(ShortLinkClientOptions options) =>
        options?.Endpoint ?? throw new ArgumentException("ShortLinkClientOptions.Endpoint is required.", nameof(options));

    private static string RequiredToken(ShortLinkClientOptions options) =>
        options?.Token ?? throw new ArgumentException("ShortLinkClientOptions.Token is required.", nameof(options));

    private static string RequiredApiKey(ShortLinkClientOptions options) =>
        options?.ApiKey ?? throw new ArgumentException("ShortLinkClientOptions.ApiKey is required.", nameof(options));

    private sealed record Operation(string Name, int ProductId)
    {
        public override string ToString() => $"'{Name}' ({ProductId})";
    }
}
