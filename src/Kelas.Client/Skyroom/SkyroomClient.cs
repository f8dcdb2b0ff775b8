using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kelas.Client.Http;
using Kelas.Client.Json;
using Kelas.Client.Skyroom.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kelas.Client.Skyroom;

/// <summary>
/// Client of the Skyroom web service (<c>POST {endpoint}/skyroom/api/{key}</c>), against the live service or a
/// Kelas server alike. Immutable and thread-safe: create one and share it.
/// </summary>
/// <remarks>
/// Every request goes through a client-side rate limiter shared by all clients of the same endpoint and key
/// in the process (requests over the limit wait), and is retried with exponential backoff and jitter after
/// HTTP 503 (honouring <c>Retry-After</c>) or a transport failure. Failures are thrown as
/// <see cref="SkyroomException"/>; code 15 as <see cref="SkyroomNotFoundException"/>. Cancelling the token
/// throws <see cref="OperationCanceledException"/> and is never retried.
/// Times are <see cref="DateTimeOffset"/>s in UTC, exchanged with the service as Unix seconds.
/// </remarks>
public class SkyroomClient
{
    internal const string HttpClientName = "Kelas.Client.Skyroom";

    private static readonly SkyroomJsonContext Json = SkyroomJsonContext.Default;

    private readonly ResilientHttpPipeline? pipeline;
    private readonly Uri? requestUri;

    /// <summary>Creates a client with default options.</summary>
    /// <param name="endpoint">Base URL of the service, e.g. <c>https://www.skyroom.online/</c>.</param>
    /// <param name="apiKey">The API key.</param>
    public SkyroomClient(Uri endpoint, string apiKey)
        : this(endpoint, apiKey, new SkyroomClientOptions())
    {
    }

    /// <summary>Creates a client; <paramref name="endpoint"/> and <paramref name="apiKey"/> take precedence over the options.</summary>
    /// <param name="endpoint">Base URL of the service, e.g. <c>https://www.skyroom.online/</c>.</param>
    /// <param name="apiKey">The API key.</param>
    /// <param name="options">Rate limit, retry and timeout settings.</param>
    /// <param name="logger">Receives transport failures and retries; none by default.</param>
    public SkyroomClient(Uri endpoint, string apiKey, SkyroomClientOptions options, ILogger? logger = null)
        : this(static () => SharedHttpClient.Instance, endpoint, apiKey, options, logger)
    {
    }

    /// <summary>Creates a client that sends through <paramref name="httpClient"/>; endpoint and key come from the options.</summary>
    /// <param name="httpClient">The client to send with. Its own <see cref="HttpClient.Timeout"/> also applies.</param>
    /// <param name="options">Endpoint, key, and rate limit, retry and timeout settings.</param>
    /// <param name="logger">Receives transport failures and retries; none by default.</param>
    public SkyroomClient(HttpClient httpClient, SkyroomClientOptions options, ILogger? logger = null)
        : this(() => httpClient, RequiredEndpoint(options), RequiredApiKey(options), options, logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
    }

    /// <summary>Creates a client for mocking; calling a method that is not overridden throws.</summary>
    protected SkyroomClient()
    {
    }

    internal SkyroomClient(Func<HttpClient> httpClient, Uri endpoint, string apiKey, SkyroomClientOptions options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        ArgumentNullException.ThrowIfNull(options);
        var baseUri = KelasClientOptions.BaseAddress(endpoint);
        var settings = options.ToResilienceSettings();
        requestUri = new Uri(baseUri, "skyroom/api/" + Uri.EscapeDataString(apiKey));
        pipeline = new ResilientHttpPipeline(
            "Skyroom", httpClient, settings, requestUri.AbsoluteUri, [apiKey], logger ?? NullLogger.Instance);
    }

    /// <summary>Lists the account's services (plans): <c>getServices</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The services.</returns>
    public virtual async Task<IReadOnlyList<SkyroomService>> GetServicesAsync(CancellationToken cancellationToken = default) =>
        await SendAsync("getServices", null, Json.SkyroomServiceArray, cancellationToken).ConfigureAwait(false);

    /// <summary>Lists the account's rooms: <c>getRooms</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rooms, with summary fields.</returns>
    public virtual async Task<IReadOnlyList<SkyroomRoomSummary>> GetRoomsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync("getRooms", null, Json.SkyroomRoomSummaryArray, cancellationToken).ConfigureAwait(false);

    /// <summary>Counts the account's rooms: <c>countRooms</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of rooms.</returns>
    public virtual Task<int> CountRoomsAsync(CancellationToken cancellationToken = default) =>
        SendAsync("countRooms", null, Json.Int32, cancellationToken);

    /// <summary>Gets a room by id: <c>getRoom {room_id}</c>.</summary>
    /// <param name="roomId">Room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    /// <exception cref="SkyroomNotFoundException">There is no such room.</exception>
    public virtual Task<SkyroomRoom> GetRoomAsync(long roomId, CancellationToken cancellationToken = default) =>
        SendAsync("getRoom", p => p.WriteNumber("room_id", roomId), Json.SkyroomRoom, cancellationToken);

    /// <summary>Gets a room by name: <c>getRoom {name}</c>.</summary>
    /// <param name="name">Room name (compared case-insensitively by the service).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    /// <exception cref="SkyroomNotFoundException">There is no room with that name.</exception>
    public virtual Task<SkyroomRoom> GetRoomByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return SendAsync("getRoom", p => p.WriteString("name", name), Json.SkyroomRoom, cancellationToken);
    }

    /// <summary>Gets a room's public URL: <c>getRoomUrl</c>.</summary>
    /// <param name="roomId">Room id.</param>
    /// <param name="language">Interface language; the service's default (<c>fa</c>) when <c>null</c>.</param>
    /// <param name="relative">Whether to return only the path.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The URL.</returns>
    public virtual Task<string> GetRoomUrlAsync(
        long roomId, string? language = null, bool relative = false, CancellationToken cancellationToken = default) =>
        SendAsync(
            "getRoomUrl",
            p =>
            {
                p.WriteNumber("room_id", roomId);
                if (language is not null)
                {
                    p.WriteString("language", language);
                }

                if (relative)
                {
                    p.WriteBoolean("relative", true);
                }
            },
            Json.String,
            cancellationToken);

    /// <summary>Creates a room: <c>createRoom</c>.</summary>
    /// <param name="request">The room's settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new room's id.</returns>
    /// <exception cref="SkyroomException">Code 14 when the name is taken.</exception>
    public virtual Task<long> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync("createRoom", p => WriteFields(p, request, Json.CreateRoomRequest), Json.Int64, cancellationToken);
    }

    /// <summary>Changes a room's settings: <c>updateRoom</c>. Only the fields set in <paramref name="request"/> are sent.</summary>
    /// <param name="roomId">Room id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the room is updated.</returns>
    public virtual Task UpdateRoomAsync(long roomId, UpdateRoomRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(
            "updateRoom",
            p =>
            {
                p.WriteNumber("room_id", roomId);
                WriteFields(p, request, Json.UpdateRoomRequest);
            },
            Json.JsonElement,
            cancellationToken);
    }

    /// <summary>Deletes a room: <c>deleteRoom</c>.</summary>
    /// <param name="roomId">Room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the room is deleted.</returns>
    public virtual Task DeleteRoomAsync(long roomId, CancellationToken cancellationToken = default) =>
        SendAsync("deleteRoom", p => p.WriteNumber("room_id", roomId), Json.JsonElement, cancellationToken);

    /// <summary>Lists the users who have access to a room: <c>getRoomUsers</c>.</summary>
    /// <param name="roomId">Room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The users and their access levels.</returns>
    public virtual async Task<IReadOnlyList<SkyroomRoomUser>> GetRoomUsersAsync(long roomId, CancellationToken cancellationToken = default) =>
        await SendAsync("getRoomUsers", p => p.WriteNumber("room_id", roomId), Json.SkyroomRoomUserArray, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>Gives users access to a room, or changes their access: <c>addRoomUsers</c>.</summary>
    /// <param name="roomId">Room id.</param>
    /// <param name="users">The users and their access levels.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were applied.</returns>
    public virtual Task<int> AddRoomUsersAsync(long roomId, IEnumerable<RoomUserAccess> users, CancellationToken cancellationToken = default)
    {
        var array = users?.ToArray() ?? throw new ArgumentNullException(nameof(users));
        return SendAsync(
            "addRoomUsers",
            p =>
            {
                p.WriteNumber("room_id", roomId);
                p.WritePropertyName("users");
                JsonSerializer.Serialize(p, array, Json.RoomUserAccessArray);
            },
            Json.Int32,
            cancellationToken);
    }

    /// <summary>Removes users' access to a room: <c>removeRoomUsers</c>.</summary>
    /// <param name="roomId">Room id.</param>
    /// <param name="userIds">Ids of the users.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were removed.</returns>
    public virtual Task<int> RemoveRoomUsersAsync(long roomId, IEnumerable<long> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds?.ToArray() ?? throw new ArgumentNullException(nameof(userIds));
        return SendAsync("removeRoomUsers", p => WriteIds(p, "room_id", roomId, "users", ids), Json.Int32, cancellationToken);
    }

    /// <summary>Changes a user's access to a room: <c>updateRoomUser</c>.</summary>
    /// <param name="roomId">Room id.</param>
    /// <param name="userId">User id.</param>
    /// <param name="access">The new access level.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the access is changed.</returns>
    public virtual Task UpdateRoomUserAsync(long roomId, long userId, SkyroomAccess access, CancellationToken cancellationToken = default) =>
        SendAsync(
            "updateRoomUser",
            p =>
            {
                p.WriteNumber("room_id", roomId);
                p.WriteNumber("user_id", userId);
                p.WriteNumber("access", (int)access);
            },
            Json.JsonElement,
            cancellationToken);

    /// <summary>Lists the account's users: <c>getUsers</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The users, with summary fields.</returns>
    public virtual async Task<IReadOnlyList<SkyroomUserSummary>> GetUsersAsync(CancellationToken cancellationToken = default) =>
        await SendAsync("getUsers", null, Json.SkyroomUserSummaryArray, cancellationToken).ConfigureAwait(false);

    /// <summary>Counts the account's users: <c>countUsers</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of users.</returns>
    public virtual Task<int> CountUsersAsync(CancellationToken cancellationToken = default) =>
        SendAsync("countUsers", null, Json.Int32, cancellationToken);

    /// <summary>Gets a user by id: <c>getUser {user_id}</c>.</summary>
    /// <param name="userId">User id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    /// <exception cref="SkyroomNotFoundException">There is no such user.</exception>
    public virtual Task<SkyroomUser> GetUserAsync(long userId, CancellationToken cancellationToken = default) =>
        SendAsync("getUser", p => p.WriteNumber("user_id", userId), Json.SkyroomUser, cancellationToken);

    /// <summary>Gets a user by username: <c>getUser {username}</c>.</summary>
    /// <param name="username">Username (compared case-insensitively by the service).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    /// <exception cref="SkyroomNotFoundException">There is no user with that username.</exception>
    public virtual Task<SkyroomUser> GetUserByUsernameAsync(string username, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        return SendAsync("getUser", p => p.WriteString("username", username), Json.SkyroomUser, cancellationToken);
    }

    /// <summary>Creates a user: <c>createUser</c>.</summary>
    /// <param name="request">The user's settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new user's id.</returns>
    /// <exception cref="SkyroomException">Code 14 when the username is taken.</exception>
    public virtual Task<long> CreateUserAsync(CreateUserRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync("createUser", p => WriteFields(p, request, Json.CreateUserRequest), Json.Int64, cancellationToken);
    }

    /// <summary>Creates several users in one call: <c>createUsers</c>. One entry failing does not fail the others.</summary>
    /// <param name="users">The users' settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One result per entry, in the order given: the new id or the entry's error message.</returns>
    public virtual async Task<IReadOnlyList<CreateUserResult>> CreateUsersAsync(
        IEnumerable<CreateUserRequest> users, CancellationToken cancellationToken = default)
    {
        var array = users?.ToArray() ?? throw new ArgumentNullException(nameof(users));
        return await SendAsync(
            "createUsers",
            p =>
            {
                p.WritePropertyName("users");
                JsonSerializer.Serialize(p, array, Json.CreateUserRequestArray);
            },
            Json.CreateUserResultArray,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes a user's settings: <c>updateUser</c>. Only the fields set in <paramref name="request"/> are sent.</summary>
    /// <param name="userId">User id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is updated.</returns>
    public virtual Task UpdateUserAsync(long userId, UpdateUserRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(
            "updateUser",
            p =>
            {
                p.WriteNumber("user_id", userId);
                WriteFields(p, request, Json.UpdateUserRequest);
            },
            Json.JsonElement,
            cancellationToken);
    }

    /// <summary>Deletes a user: <c>deleteUser</c>.</summary>
    /// <param name="userId">User id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is deleted.</returns>
    public virtual Task DeleteUserAsync(long userId, CancellationToken cancellationToken = default) =>
        SendAsync("deleteUser", p => p.WriteNumber("user_id", userId), Json.JsonElement, cancellationToken);

    /// <summary>Deletes several users: <c>deleteUsers</c>.</summary>
    /// <param name="userIds">Ids of the users.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were deleted and how many failed.</returns>
    public virtual Task<DeleteUsersResult> DeleteUsersAsync(IEnumerable<long> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds?.ToArray() ?? throw new ArgumentNullException(nameof(userIds));
        return SendAsync(
            "deleteUsers",
            p =>
            {
                p.WritePropertyName("users");
                JsonSerializer.Serialize(p, ids, Json.Int64Array);
            },
            Json.DeleteUsersResult,
            cancellationToken);
    }

    /// <summary>Lists the rooms a user has access to: <c>getUserRooms</c>.</summary>
    /// <param name="userId">User id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rooms and the user's access level in each.</returns>
    public virtual async Task<IReadOnlyList<SkyroomUserRoom>> GetUserRoomsAsync(long userId, CancellationToken cancellationToken = default) =>
        await SendAsync("getUserRooms", p => p.WriteNumber("user_id", userId), Json.SkyroomUserRoomArray, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>Gives a user access to rooms, or changes the access: <c>addUserRooms</c>.</summary>
    /// <param name="userId">User id.</param>
    /// <param name="rooms">The rooms and access levels.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were applied.</returns>
    public virtual Task<int> AddUserRoomsAsync(long userId, IEnumerable<UserRoomAccess> rooms, CancellationToken cancellationToken = default)
    {
        var array = rooms?.ToArray() ?? throw new ArgumentNullException(nameof(rooms));
        return SendAsync(
            "addUserRooms",
            p =>
            {
                p.WriteNumber("user_id", userId);
                p.WritePropertyName("rooms");
                JsonSerializer.Serialize(p, array, Json.UserRoomAccessArray);
            },
            Json.Int32,
            cancellationToken);
    }

    /// <summary>Removes a user's access to rooms: <c>removeUserRooms</c>.</summary>
    /// <param name="userId">User id.</param>
    /// <param name="roomIds">Ids of the rooms.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were removed.</returns>
    public virtual Task<int> RemoveUserRoomsAsync(long userId, IEnumerable<long> roomIds, CancellationToken cancellationToken = default)
    {
        var ids = roomIds?.ToArray() ?? throw new ArgumentNullException(nameof(roomIds));
        return SendAsync("removeUserRooms", p => WriteIds(p, "user_id", userId, "rooms", ids), Json.Int32, cancellationToken);
    }

    /// <summary>
    /// Creates a link that enters a room without an account: <c>createLoginUrl</c>. Creating links at class
    /// time for many people is costly; see <see cref="SkyroomLoginLinkPreparer"/> to create them ahead.
    /// </summary>
    /// <param name="request">Room, person and link settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The login URL.</returns>
    public virtual Task<string> CreateLoginUrlAsync(CreateLoginUrlRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Ttl, TimeSpan.Zero, nameof(request));
        return SendAsync("createLoginUrl", p => WriteFields(p, request, Json.CreateLoginUrlRequest), Json.String, cancellationToken);
    }

    /// <summary>
    /// Creates a login link for an existing user who has access to the room: <c>getLoginUrl</c>. Deprecated
    /// by Skyroom in favour of <see cref="CreateLoginUrlAsync"/>, but still served.
    /// </summary>
    /// <param name="roomId">Room id.</param>
    /// <param name="userId">User id.</param>
    /// <param name="language">Interface language; the service's default when <c>null</c>.</param>
    /// <param name="ttl">How long the link stays valid (whole seconds, rounded up); the service's default when <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The login URL.</returns>
    public virtual Task<string> GetLoginUrlAsync(
        long roomId, long userId, string? language = null, TimeSpan? ttl = null, CancellationToken cancellationToken = default)
    {
        if (ttl is { } positive)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(positive, TimeSpan.Zero, nameof(ttl));
        }

        return SendAsync(
            "getLoginUrl",
            p =>
            {
                p.WriteNumber("room_id", roomId);
                p.WriteNumber("user_id", userId);
                if (language is not null)
                {
                    p.WriteString("language", language);
                }

                if (ttl is { } value)
                {
                    p.WriteNumber("ttl", SecondsConverter.ToSeconds(value));
                }
            },
            Json.String,
            cancellationToken);
    }

    /// <summary>Lists a room's sessions, oldest first: <c>getSessions</c>.</summary>
    /// <param name="roomId">Room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sessions, the open one (if any) last with no <see cref="SkyroomSession.StopTime"/>.</returns>
    /// <exception cref="SkyroomNotFoundException">There is no such room.</exception>
    public virtual async Task<IReadOnlyList<SkyroomSession>> GetSessionsAsync(long roomId, CancellationToken cancellationToken = default) =>
        await SendAsync("getSessions", p => p.WriteNumber("room_id", roomId), Json.SkyroomSessionArray, cancellationToken).ConfigureAwait(false);

    /// <summary>Counts a room's sessions: <c>getSessionsCount</c>.</summary>
    /// <param name="roomId">Room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of sessions.</returns>
    /// <exception cref="SkyroomNotFoundException">There is no such room.</exception>
    public virtual Task<int> GetSessionsCountAsync(long roomId, CancellationToken cancellationToken = default) =>
        SendAsync("getSessionsCount", p => p.WriteNumber("room_id", roomId), Json.Int32, cancellationToken);

    /// <summary>Gets one session: <c>getSession</c>.</summary>
    /// <param name="sessionId">Session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session.</returns>
    /// <exception cref="SkyroomNotFoundException">There is no such session.</exception>
    public virtual Task<SkyroomSession> GetSessionAsync(long sessionId, CancellationToken cancellationToken = default) =>
        SendAsync("getSession", p => p.WriteNumber("session_id", sessionId), Json.SkyroomSession, cancellationToken);

    /// <summary>Lists who was in a session, in order of entry: <c>getConnections</c>. A person who entered twice has two connections.</summary>
    /// <param name="sessionId">Session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The connections.</returns>
    /// <exception cref="SkyroomNotFoundException">There is no such session.</exception>
    public virtual async Task<IReadOnlyList<SkyroomConnection>> GetConnectionsAsync(long sessionId, CancellationToken cancellationToken = default) =>
        await SendAsync("getConnections", p => p.WriteNumber("session_id", sessionId), Json.SkyroomConnectionArray, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>Counts a session's connections: <c>getConnectionsCount</c>.</summary>
    /// <param name="sessionId">Session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of connections.</returns>
    /// <exception cref="SkyroomNotFoundException">There is no such session.</exception>
    public virtual Task<int> GetConnectionsCountAsync(long sessionId, CancellationToken cancellationToken = default) =>
        SendAsync("getConnectionsCount", p => p.WriteNumber("session_id", sessionId), Json.Int32, cancellationToken);

    /// <summary>Checks the service and the key: <c>ping</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service answered.</returns>
    public virtual Task PingAsync(CancellationToken cancellationToken = default) =>
        SendAsync("ping", null, Json.JsonElement, cancellationToken);

    private async Task<T> SendAsync<T>(
        string action, Action<Utf8JsonWriter>? writeParams, JsonTypeInfo<T> resultType, CancellationToken cancellationToken)
    {
        if (pipeline is null || requestUri is null)
        {
            throw new InvalidOperationException("This SkyroomClient was created for mocking: override the method you call.");
        }

        var body = WriteBody(action, writeParams);
        HttpResponseMessage response;
        try
        {
            response = await pipeline.SendAsync(
                () => new HttpRequestMessage(HttpMethod.Post, requestUri)
                {
                    Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } },
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException)
        {
            throw new SkyroomException($"Skyroom '{action}' got no answer: {pipeline.Redact(e.Message)}", null, null, e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new SkyroomException(
                    $"Skyroom '{action}' answered HTTP {(int)response.StatusCode} ({response.ReasonPhrase}).", null, response.StatusCode);
            }

            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return ReadEnvelope(action, content, resultType);
        }
    }

    private static T ReadEnvelope<T>(string action, byte[] content, JsonTypeInfo<T> resultType)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok))
            {
                throw new JsonException("The response is not a Skyroom envelope.");
            }

            if (ok.Deserialize(Json.Boolean))
            {
                var result = root.TryGetProperty("result", out var value) ? value.Deserialize(resultType) : default;
                return result ?? throw new JsonException("The response has no result.");
            }

            var code = root.TryGetProperty("error_code", out var codeElement) ? codeElement.Deserialize(Json.NullableInt32) : null;
            var message = root.TryGetProperty("error_message", out var messageElement) ? messageElement.Deserialize(Json.String) : null;
            message ??= $"Skyroom '{action}' failed with error code {code}.";
            throw code == SkyroomException.NotFound ? new SkyroomNotFoundException(message) : new SkyroomException(message, code);
        }
        catch (JsonException e)
        {
            throw new SkyroomException($"Skyroom '{action}' answered something unreadable: {e.Message}", null, null, e);
        }
    }

    private static byte[] WriteBody(string action, Action<Utf8JsonWriter>? writeParams)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("action", action);
            if (writeParams is not null)
            {
                writer.WriteStartObject("params");
                writeParams(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    // Writes a request record's properties into the params object being written, after any ids already there.
    private static void WriteFields<T>(Utf8JsonWriter writer, T value, JsonTypeInfo<T> typeInfo)
    {
        using var document = JsonSerializer.SerializeToDocument(value, typeInfo);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            property.WriteTo(writer);
        }
    }

    private static void WriteIds(Utf8JsonWriter writer, string ownerName, long ownerId, string listName, long[] ids)
    {
        writer.WriteNumber(ownerName, ownerId);
        writer.WritePropertyName(listName);
        JsonSerializer.Serialize(writer, ids, Json.Int64Array);
    }

    private static Uri RequiredEndpoint(SkyroomClientOptions options) =>
        options?.Endpoint ?? throw new ArgumentException("SkyroomClientOptions.Endpoint is required.", nameof(options));

    private static string RequiredApiKey(SkyroomClientOptions options) =>
        options?.ApiKey ?? throw new ArgumentException("SkyroomClientOptions.ApiKey is required.", nameof(options));
}
