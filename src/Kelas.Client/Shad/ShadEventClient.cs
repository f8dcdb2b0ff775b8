using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kelas.Client.Http;
using Kelas.Client.Shad.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kelas.Client.Shad;

/// <summary>
/// Client of the Shad event service (<c>api/v1/Account/login</c>, <c>api/v1/ShadEvent</c>,
/// <c>api/v1/ShadEvent/GetUserInfoByApiKey</c>), against the live service or a Kelas server alike. Immutable
/// towards callers and thread-safe: create one per event and share it.
/// </summary>
/// <remarks>
/// <see cref="GetUserInfoAsync"/> logs in with the event's username and password, caches the token until shortly
/// before it expires, and when the service still answers 401 logs in again once and retries once.
/// <see cref="GetUserInfoByApiKeyAsync"/> sends the apiKey instead. Requests are retried with exponential backoff
/// and jitter after HTTP 503 (honouring <c>Retry-After</c>) or a transport failure. Failures are thrown as
/// <see cref="ShadException"/>, an unknown student as <see cref="ShadUserNotFoundException"/>. The password, apiKey
/// and token are never logged.
/// </remarks>
public class ShadEventClient
{
    internal const string HttpClientName = "Kelas.Client.Shad";
    private const string ServiceName = "Shad event";

    private static readonly ShadJsonContext Json = ShadJsonContext.Default;

    private readonly ResilientHttpPipeline? pipeline;
    private readonly Uri? baseUri;
    private readonly ShadEventCredentials? credentials;
    private readonly TimeProvider clock = TimeProvider.System;
    private readonly TimeSpan renewalMargin;
    private readonly TimeSpan assumedLifetime;
    private readonly SemaphoreSlim loginGate = new(1, 1);
    private CachedToken? token;

    /// <summary>Creates a client with default options.</summary>
    /// <param name="endpoint">Base URL of the service, e.g. <c>https://shadapi.noyanet.com/</c>.</param>
    /// <param name="credentials">The event's number and its username and password and/or apiKey.</param>
    public ShadEventClient(Uri endpoint, ShadEventCredentials credentials)
        : this(endpoint, credentials, new ShadEventClientOptions())
    {
    }

    /// <summary>Creates a client for token calls with default options.</summary>
    /// <param name="endpoint">Base URL of the service.</param>
    /// <param name="landingId">The event's number.</param>
    /// <param name="username">The login username.</param>
    /// <param name="password">The login password.</param>
    public ShadEventClient(Uri endpoint, long landingId, string username, string password)
        : this(endpoint, new ShadEventCredentials(landingId, username, password))
    {
    }

    /// <summary>Creates a client; <paramref name="endpoint"/> and <paramref name="credentials"/> take precedence over the options.</summary>
    /// <param name="endpoint">Base URL of the service.</param>
    /// <param name="credentials">The event's number and its username and password and/or apiKey.</param>
    /// <param name="options">Token renewal, rate limit, retry and timeout settings.</param>
    /// <param name="logger">Receives transport failures and retries; none by default.</param>
    public ShadEventClient(Uri endpoint, ShadEventCredentials credentials, ShadEventClientOptions options, ILogger? logger = null)
        : this(static () => SharedHttpClient.Instance, endpoint, credentials, options, logger)
    {
    }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>; endpoint and credentials come from the options.</summary>
    /// <param name="httpClient">The client to send with.</param>
    /// <param name="options">Endpoint, landing id, credentials and other settings.</param>
    /// <param name="logger">Receives transport failures and retries; none by default.</param>
    public ShadEventClient(HttpClient httpClient, ShadEventClientOptions options, ILogger? logger = null)
        : this(() => httpClient, RequiredEndpoint(options), CredentialsFrom(options), options, logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
    }

    /// <summary>Creates a client for mocking; calling a method that is not overridden throws.</summary>
    protected ShadEventClient()
    {
    }

    internal ShadEventClient(Func<HttpClient> httpClient, Uri endpoint, ShadEventCredentials credentials, ShadEventClientOptions options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        baseUri = KelasClientOptions.BaseAddress(endpoint);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(credentials.LandingId, nameof(credentials));
        if (credentials.ApiKey is null && (string.IsNullOrEmpty(credentials.Username) || string.IsNullOrEmpty(credentials.Password)))
        {
            throw new ArgumentException("Give the username and password, the apiKey, or both.", nameof(credentials));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.TokenRenewalMargin, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.AssumedTokenLifetime, TimeSpan.Zero, nameof(options));
        var settings = options.ToResilienceSettings();
        this.credentials = credentials;
        clock = settings.TimeProvider;
        renewalMargin = options.TokenRenewalMargin;
        assumedLifetime = options.AssumedTokenLifetime;
        pipeline = new ResilientHttpPipeline(
            ServiceName,
            httpClient,
            settings,
            baseUri.AbsoluteUri + "\n" + credentials.LandingId.ToString(CultureInfo.InvariantCulture),
            [credentials.Password ?? "", credentials.ApiKey ?? ""],
            logger ?? NullLogger.Instance);
    }

    /// <summary>
    /// Gets a student by their id at this event, with the login token (<c>GET api/v1/ShadEvent</c>): logs in when no
    /// token is cached or the cached one is about to expire, and once more if the service answers 401.
    /// </summary>
    /// <param name="userHashId">The <c>UserID</c> the student arrived with, e.g. <c>D4-76-29-46-BA-E1-88-74-C1-51-89-2A-D1-A8-58-C0</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The student; only id, hashed id and mobile for an unverified one.</returns>
    /// <exception cref="ShadUserNotFoundException">The event knows no student by that id.</exception>
    /// <exception cref="ShadException">401 when the username or password is wrong or the event is disabled; other failures.</exception>
    public virtual async Task<ShadUserInfo> GetUserInfoAsync(string userHashId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userHashId);
        RequireLogin();
        var uri = new Uri(baseUri!, "api/v1/ShadEvent?UserHashId=" + Uri.EscapeDataString(userHashId.Trim()));
        var current = await TokenAsync(null, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            using var response = await SendAsync(
                () =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, uri);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", current);
                    return request;
                },
                cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 1)
            {
                current = await TokenAsync(current, cancellationToken).ConfigureAwait(false);
                continue;
            }

            return await ReadUserAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Gets a student by their id at this event, with the apiKey (<c>GET api/v1/ShadEvent/GetUserInfoByApiKey</c>).</summary>
    /// <param name="userHashId">The <c>UserID</c> the student arrived with.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The student; only id, hashed id and mobile for an unverified one.</returns>
    /// <exception cref="ShadUserNotFoundException">The event knows no student by that id.</exception>
    /// <exception cref="ShadException">401 when the apiKey is wrong or the event is disabled; other failures.</exception>
    public virtual async Task<ShadUserInfo> GetUserInfoByApiKeyAsync(string userHashId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userHashId);
        var apiKey = credentials?.ApiKey ?? throw new InvalidOperationException("This client was created without an apiKey.");
        var uri = new Uri(baseUri!, string.Create(
            CultureInfo.InvariantCulture,
            $"api/v1/ShadEvent/GetUserInfoByApiKey?EventId={credentials.LandingId}&UserHashId={Uri.EscapeDataString(userHashId.Trim())}"));
        using var response = await SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.TryAddWithoutValidation("apiKey", apiKey);
                return request;
            },
            cancellationToken).ConfigureAwait(false);
        return await ReadUserAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Logs in (<c>POST api/v1/Account/login</c>) and returns a fresh token, which also replaces the cached one.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token, to send as <c>Authorization: Bearer</c>.</returns>
    /// <exception cref="ShadException">401 when the credentials are wrong or the event disabled; 429 after too many logins.</exception>
    public virtual async Task<string> LoginAsync(CancellationToken cancellationToken = default)
    {
        RequireLogin();
        await loginGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            token = await LoginCoreAsync(cancellationToken).ConfigureAwait(false);
            return token.Value;
        }
        finally
        {
            loginGate.Release();
        }
    }

    /// <summary>The cached token if still good and not <paramref name="rejected"/>; otherwise one fresh login shared by concurrent callers.</summary>
    private async Task<string> TokenAsync(string? rejected, CancellationToken cancellationToken)
    {
        if (Usable(token, rejected) is { } cached)
        {
            return cached;
        }

        await loginGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Usable(token, rejected) is { } renewed)
            {
                return renewed;
            }

            token = await LoginCoreAsync(cancellationToken).ConfigureAwait(false);
            return token.Value;
        }
        finally
        {
            loginGate.Release();
        }
    }

    private string? Usable(CachedToken? cached, string? rejected) =>
        cached is not null && cached.Value != rejected && clock.GetUtcNow() < cached.ExpiresAt - renewalMargin ? cached.Value : null;

    private async Task<CachedToken> LoginCoreAsync(CancellationToken cancellationToken)
    {
        var body = new StringBuilder("{\"landingId\":").Append(credentials!.LandingId.ToString(CultureInfo.InvariantCulture))
            .Append(",\"username\":").Append(JsonSerializer.Serialize(credentials.Username, Json.String))
            .Append(",\"password\":").Append(JsonSerializer.Serialize(credentials.Password, Json.String))
            .Append('}').ToString();
        var issuedAt = clock.GetUtcNow();
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, new Uri(baseUri!, "api/v1/Account/login"))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            },
            cancellationToken).ConfigureAwait(false);
        var answer = await ReadAsync(response, Json.LoginAnswer, "login", cancellationToken).ConfigureAwait(false);
        if (!answer.Success || string.IsNullOrEmpty(answer.Data))
        {
            throw new ShadException($"{ServiceName} login answered without a token.", response.StatusCode, answer.Description);
        }

        return new CachedToken(answer.Data, ExpiryOf(answer.Data) ?? issuedAt + assumedLifetime);
    }

    /// <summary>The <c>exp</c> claim when the token is a JWT; tokens are opaque to the contract, so this is a best effort.</summary>
    private static DateTimeOffset? ExpiryOf(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3 || !Base64Url.IsValid(parts[1]))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), Json.TokenClaims)?.Exp is { } exp
                ? DateTimeOffset.FromUnixTimeSeconds(exp)
                : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline!.SendAsync(createRequest, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException)
        {
            throw new ShadException($"{ServiceName} got no answer: {pipeline!.Redact(e.Message)}", null, innerException: e);
        }
    }

    private static async Task<ShadUserInfo> ReadUserAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var answer = await ReadAsync(response, Json.UserAnswer, "user info", cancellationToken).ConfigureAwait(false);
        return answer.Success && answer.Data is { } user
            ? user
            : throw new ShadException($"{ServiceName} user info answered without a user.", response.StatusCode, answer.Description);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, string call, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            string? description = null;
            try
            {
                description = (await response.Content.ReadFromJsonAsync(Json.ErrorAnswer, cancellationToken).ConfigureAwait(false))?.Description;
            }
            catch (Exception e) when (e is JsonException or NotSupportedException)
            {
                // Not the envelope (a proxy's error page, say): the status alone tells what happened.
            }

            var message = $"{ServiceName} {call} failed with HTTP {(int)response.StatusCode}{(description is null ? "" : ": " + description)}.";
            throw response.StatusCode == HttpStatusCode.NotFound
                ? new ShadUserNotFoundException(message, description)
                : new ShadException(message, response.StatusCode, description);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("The answer is null.");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw new ShadException($"{ServiceName} {call} answered something other than its envelope: {e.Message}", null, innerException: e);
        }
    }

    private void RequireLogin()
    {
        if (credentials is null || string.IsNullOrEmpty(credentials.Username) || string.IsNullOrEmpty(credentials.Password))
        {
            throw new InvalidOperationException("This client was created without a username and password.");
        }
    }

    private static Uri RequiredEndpoint(ShadEventClientOptions options) =>
        ClientRegistration.Required(options?.Endpoint, "ShadEventClientOptions.Endpoint");

    internal static ShadEventCredentials CredentialsFrom(ShadEventClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var landingId = options.LandingId ?? throw new InvalidOperationException("ShadEventClientOptions.LandingId is not configured.");
        return new ShadEventCredentials(landingId, options.Username, options.Password, options.ApiKey);
    }

    private sealed record CachedToken(string Value, DateTimeOffset ExpiresAt);
}
