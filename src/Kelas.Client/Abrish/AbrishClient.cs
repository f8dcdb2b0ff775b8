using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kelas.Client.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kelas.Client.Abrish;

/// <summary>
/// Client of the Abrish registration service (<c>POST {endpoint}/service.php</c>, module <c>Organization</c>), against
/// the live service or a Kelas server alike. Immutable and thread-safe: create one and share it.
/// </summary>
/// <remarks>
/// Each call is a form post of <c>params</c> (a JSON string holding <c>serviceusername</c>, <c>mod</c>, <c>action</c>
/// and the action's fields) and <c>checksum</c> = hex SHA-1 (or, hardened, SHA-256) of params followed by the APIKey,
/// computed over the exact string sent. Requests are retried with exponential backoff and jitter after HTTP 503
/// (honouring <c>Retry-After</c>) or a transport failure. The service's <c>{"error": …}</c> answers are thrown as
/// <see cref="AbrishException"/> carrying its Persian message. Dates are Solar Hijri <c>yyyy/mm/dd</c> strings, as on the wire.
/// </remarks>
public class AbrishClient
{
    /// <summary>How many users one <c>getAllUsers</c> page holds.</summary>
    public const int UsersPageSize = 18;

    internal const string HttpClientName = "Kelas.Client.Abrish";

    private const string ServicePath = "service.php";
    private const string ServiceName = "Abrish";
    private const string Module = "Organization";

    private readonly ResilientHttpPipeline? pipeline;
    private readonly Uri? requestUri;
    private readonly string? registerName;
    private readonly string? apiKey;
    private readonly bool sha256;
    private readonly bool replayProtection;
    private readonly TimeProvider clock = TimeProvider.System;

    /// <summary>Creates a client with default options.</summary>
    /// <param name="endpoint">Base URL of the service, e.g. <c>https://register.abrish.ir/</c>.</param>
    /// <param name="registerName">The register name (<c>serviceusername</c>).</param>
    /// <param name="apiKey">The APIKey that signs requests.</param>
    public AbrishClient(Uri endpoint, string registerName, string apiKey)
        : this(endpoint, registerName, apiKey, new AbrishClientOptions())
    {
    }

    /// <summary>Creates a client; <paramref name="endpoint"/>, <paramref name="registerName"/> and <paramref name="apiKey"/> take precedence over the options.</summary>
    /// <param name="endpoint">Base URL of the service, e.g. <c>https://register.abrish.ir/</c>.</param>
    /// <param name="registerName">The register name (<c>serviceusername</c>).</param>
    /// <param name="apiKey">The APIKey that signs requests.</param>
    /// <param name="options">Hardening, rate limit, retry and timeout settings.</param>
    /// <param name="logger">Receives transport failures and retries; none by default.</param>
    public AbrishClient(Uri endpoint, string registerName, string apiKey, AbrishClientOptions options, ILogger? logger = null)
        : this(static () => SharedHttpClient.Instance, endpoint, registerName, apiKey, options, logger)
    {
    }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>; endpoint, register name and APIKey come from the options.</summary>
    /// <param name="httpClient">The client to send with. Its own <see cref="HttpClient.Timeout"/> also applies.</param>
    /// <param name="options">Endpoint, register name, APIKey, hardening, rate limit, retry and timeout settings.</param>
    /// <param name="logger">Receives transport failures and retries; none by default.</param>
    public AbrishClient(HttpClient httpClient, AbrishClientOptions options, ILogger? logger = null)
        : this(
            () => httpClient,
            options?.Endpoint ?? throw new ArgumentException("AbrishClientOptions.Endpoint is required.", nameof(options)),
            options.RegisterName ?? throw new ArgumentException("AbrishClientOptions.RegisterName is required.", nameof(options)),
            options.ApiKey ?? throw new ArgumentException("AbrishClientOptions.ApiKey is required.", nameof(options)),
            options,
            logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
    }

    /// <summary>Creates a client for mocking; calling a method that is not overridden throws.</summary>
    protected AbrishClient()
    {
    }

    internal AbrishClient(Func<HttpClient> httpClient, Uri endpoint, string registerName, string apiKey, AbrishClientOptions options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(registerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        ArgumentNullException.ThrowIfNull(options);
        var baseUri = KelasClientOptions.BaseAddress(endpoint);
        var settings = options.ToResilienceSettings();

        // A base like https://host/abrish/ keeps its path; one ending in service.php is taken as the full address.
        requestUri = endpoint.AbsolutePath.EndsWith("/" + ServicePath, StringComparison.Ordinal)
            ? endpoint
            : new Uri(baseUri, ServicePath);
        this.registerName = registerName;
        this.apiKey = apiKey;
        sha256 = options.UseSha256Checksum;
        replayProtection = options.SendReplayProtection;
        clock = settings.TimeProvider;
        pipeline = new ResilientHttpPipeline(
            ServiceName, httpClient, settings, requestUri.AbsoluteUri + "\n" + registerName, [apiKey], logger ?? NullLogger.Instance);
    }

    /// <summary>Lists the registrant's organizations: <c>getAll</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The organizations, in the service's order.</returns>
    /// <exception cref="AbrishException">The service refused the call (e.g. a wrong register name or APIKey), or no answer came.</exception>
    public virtual async Task<IReadOnlyList<AbrishOrganization>> GetOrganizationsAsync(CancellationToken cancellationToken = default)
    {
        var answer = await SendAsync("getAll", _ => { }, cancellationToken).ConfigureAwait(false);
        if (answer.ValueKind != JsonValueKind.Array)
        {
            throw new AbrishException($"{ServiceName} getAll answered {answer.ValueKind}, not an array.");
        }

        return answer.EnumerateArray().Select(o => new AbrishOrganization(
            LooseJson.Long(o, "id"),
            LooseJson.String(o, "name"),
            (int)LooseJson.Long(o, "userscount"),
            (int)LooseJson.Long(o, "rolescount"),
            LooseJson.String(o, "plantype"),
            LooseJson.Long(o, "timedout") != 0,
            LooseJson.String(o, "duration"),
            (int)LooseJson.Long(o, "allowedusers"))).ToList();
    }

    /// <summary>Renames an organization: <c>saveName</c>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="name">The new name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's success message.</returns>
    /// <exception cref="AbrishException">The organization is not the registrant's, or the name is empty or too long.</exception>
    public virtual async Task<string> RenameOrganizationAsync(long organizationId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var answer = await SendAsync(
            "saveName",
            p =>
            {
                p.WriteNumber("id", organizationId);
                p.WriteString("orgname", name);
            },
            cancellationToken).ConfigureAwait(false);
        return LooseJson.String(answer, "success");
    }

    /// <summary>Gets one page of an organization's users: <c>getAllUsers</c>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="page">The page, from 0; each holds <see cref="UsersPageSize"/> users.</param>
    /// <param name="filter">Text searched in first name, last name, mobile and user name; <c>null</c> or empty for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the total number of matches.</returns>
    /// <exception cref="AbrishException">The organization is not the registrant's, or the page is invalid.</exception>
    public virtual async Task<AbrishUserPage> GetUsersPageAsync(long organizationId, int page, string? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        var answer = await SendAsync(
            "getAllUsers",
            p =>
            {
                p.WriteNumber("id", organizationId);
                p.WriteNumber("page", page);
                p.WriteString("filter", filter ?? "");
            },
            cancellationToken).ConfigureAwait(false);
        var users = answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
            ? data.EnumerateArray().Select(ReadUser).ToList()
            : [];
        return new AbrishUserPage((int)LooseJson.Long(answer, "count"), users);
    }

    /// <summary>
    /// Lists an organization's users page after page of <c>getAllUsers</c> as they are enumerated, until the total
    /// count is reached or a page is shorter than <see cref="UsersPageSize"/>.
    /// </summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="filter">Text searched in first name, last name, mobile and user name; <c>null</c> or empty for all.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The users in the service's order (by id on Kelas).</returns>
    public virtual async IAsyncEnumerable<AbrishUser> GetUsersAsync(
        long organizationId, string? filter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var seen = 0;
        for (var page = 0; ; page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await GetUsersPageAsync(organizationId, page, filter, cancellationToken).ConfigureAwait(false);
            foreach (var user in result.Users)
            {
                yield return user;
            }

            seen += result.Users.Count;
            if (result.Users.Count < UsersPageSize || seen >= result.Count)
            {
                yield break;
            }
        }
    }

    /// <summary>Creates (<see cref="SaveAbrishUserRequest.UserId"/> 0) or edits a user: <c>postUser</c>.</summary>
    /// <param name="organizationId">The organization's id.</param>
    /// <param name="user">The user's fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user's id (Kelas answers it; against a service that answers nothing, <see cref="SaveAbrishUserRequest.UserId"/>).</returns>
    /// <exception cref="AbrishException">
    /// A field is invalid, the user name is taken, the organization has expired or is full, or the user is unknown.
    /// </exception>
    public virtual async Task<long> SaveUserAsync(long organizationId, SaveAbrishUserRequest user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var answer = await SendAsync(
            "postUser",
            p =>
            {
                p.WriteNumber("id", organizationId);
                p.WriteNumber("userid", user.UserId);
                p.WriteString("firstname", user.FirstName);
                p.WriteString("lastname", user.LastName);
                p.WriteString("username", user.UserName);
                p.WriteNumber("gender", (int)user.Gender);
                p.WriteNumber("specialaccess", user.SpecialAccess ? 1 : 0);
                p.WriteNumber("isenable", user.IsEnabled ? 1 : 0);
                p.WriteString("birthdate", user.BirthDate ?? "");
                p.WriteString("cell", user.Cell ?? "");
                p.WriteString("password", user.Password ?? "");
            },
            cancellationToken).ConfigureAwait(false);
        return answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("id", out _) ? LooseJson.Long(answer, "id") : user.UserId;
    }

    /// <summary>The checksum the service expects for <paramref name="parameters"/>: lower-case hex SHA-1 (or SHA-256) of params followed by the APIKey.</summary>
    /// <param name="parameters">The params string exactly as sent.</param>
    /// <param name="apiKey">The APIKey.</param>
    /// <param name="useSha256">SHA-256 for a hardened registrant.</param>
    /// <returns>The hex checksum.</returns>
    public static string ComputeChecksum(string parameters, string apiKey, bool useSha256 = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(apiKey);
        var bytes = Encoding.UTF8.GetBytes(parameters + apiKey);
        return Convert.ToHexStringLower(useSha256 ? SHA256.HashData(bytes) : SHA1.HashData(bytes));
    }

    private static AbrishUser ReadUser(JsonElement u)
    {
        var gender = LooseJson.Long(u, "Gender");
        return new AbrishUser(
            LooseJson.Long(u, "ID"),
            LooseJson.String(u, "FirstName"),
            LooseJson.String(u, "LastName"),
            LooseJson.String(u, "UserName"),
            gender is 1 or 2 ? (AbrishGender)gender : AbrishGender.Unknown,
            LooseJson.String(u, "BirthDate"),
            LooseJson.String(u, "Cell"),
            LooseJson.Long(u, "IsEnable") != 0,
            LooseJson.Long(u, "SpecialAccess") != 0);
    }

    private string WriteParams(string action, Action<Utf8JsonWriter> writeFields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("serviceusername", registerName);
            writer.WriteString("mod", Module);
            writer.WriteString("action", action);
            writeFields(writer);
            if (replayProtection)
            {
                writer.WriteNumber("timestamp", clock.GetUtcNow().ToUnixTimeSeconds());
                writer.WriteString("nonce", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private async Task<JsonElement> SendAsync(string action, Action<Utf8JsonWriter> writeFields, CancellationToken cancellationToken)
    {
        if (pipeline is null || requestUri is null || apiKey is null)
        {
            throw new InvalidOperationException("This AbrishClient was created for mocking: override the method you call.");
        }

        // Built once: a retry sends the same params and nonce, so a replay-protected server applies it at most once.
        var parameters = WriteParams(action, writeFields);
        var fields = new[] { KeyValuePair.Create("params", parameters), KeyValuePair.Create("checksum", ComputeChecksum(parameters, apiKey, sha256)) };
        HttpResponseMessage response;
        try
        {
            response = await pipeline.SendAsync(
                () => new HttpRequestMessage(HttpMethod.Post, requestUri) { Content = new FormUrlEncodedContent(fields) },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException)
        {
            throw new AbrishException($"{ServiceName} {action} got no answer: {pipeline.Redact(e.Message)}", null, innerException: e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new AbrishException(
                    $"{ServiceName} {action} answered HTTP {(int)response.StatusCode} ({response.ReasonPhrase}).", null, response.StatusCode);
            }

            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            JsonElement answer;
            try
            {
                using var document = JsonDocument.Parse(content);
                answer = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new AbrishException($"{ServiceName} {action} answered something that is not JSON.", null, innerException: e);
            }

            if (answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("error", out var error) && error.ValueKind != JsonValueKind.Null)
            {
                var message = error.ValueKind == JsonValueKind.String ? error.GetString()! : error.GetRawText();
                throw new AbrishException(message, message);
            }

            return answer;
        }
    }

    /// <summary>Reads values PHP may send as numbers or strings.</summary>
    private static class LooseJson
    {
        public static long Long(JsonElement element, string name)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
            {
                return 0;
            }

            return value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetInt64(out var number) => number,
                JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
                JsonValueKind.True => 1,
                _ => 0,
            };
        }

        public static string String(JsonElement element, string name)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
            {
                return "";
            }

            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.Null => "",
                _ => value.GetRawText(),
            };
        }
    }
}
