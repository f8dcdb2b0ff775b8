using System.Text.Json;

namespace Kelas.Browser.Tests.Lane;

/// <summary>
/// A live server with one Skyroom account, called over the network like a portal would, so that the login links it
/// hands out point at this server.
/// </summary>
public sealed class RoomEntryFixture : BrowserFixture
{
    private HttpClient? http;

    public SkyroomTenant Tenant { get; private set; } = null!;

    public SkyroomWire Api { get; private set; } = null!;

    /// <summary>
    /// The clock only moves when a test moves it: a jump must not make the people of a later step look lost to the
    /// presence sweep, so connections are given an hour before they count as stale.
    /// </summary>
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Skyroom:Presence:StaleAfterSeconds"] = "3600",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (!BrowserLane.Enabled)
        {
            return;
        }

        Tenant = await Server.CreateSkyroomTenantAsync();
        http = Server.CreateNetworkClient();
        Api = new SkyroomWire(http, Tenant.ApiKey);
    }

    public override async Task DisposeAsync()
    {
        http?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>Creates a room through the API; returns its id and name.</summary>
    public async Task<(long Id, string Name)> CreateRoomAsync(string title, bool opLoginFirst = false, bool guestLogin = false)
    {
        var name = "room-" + Guid.NewGuid().ToString("N")[..12];
        var id = (await Api.OkAsync("createRoom", new { name, title, op_login_first = opLoginFirst, guest_login = guestLogin })).GetInt64();
        return (id, name);
    }

    /// <summary>Creates a user with a password and gives them access to a room; returns the username.</summary>
    public async Task<string> CreateUserInRoomAsync(long roomId, string nickname, string password, int access = 1)
    {
        var username = "u" + Guid.NewGuid().ToString("N")[..12];
        var userId = (await Api.OkAsync("createUser", new { username, password, nickname })).GetInt64();
        Assert.Equal(1, (await Api.OkAsync("addRoomUsers", new { room_id = roomId, users = new[] { new { user_id = userId, access } } })).GetInt32());
        return username;
    }

    /// <summary><c>getRoomUrl</c>: the room's own page (login form), as an absolute URL on this server.</summary>
    public async Task<string> RoomUrlAsync(long roomId, string language) =>
        Server.Url((await Api.OkAsync("getRoomUrl", new { room_id = roomId, language })).GetString()!);

    /// <summary><c>createLoginUrl</c>: the link a portal would hand to one of its users, as an absolute URL on this server.</summary>
    public async Task<string> LoginUrlAsync(
        long roomId, string userId, string nickname, int access = 1, int concurrent = 1, string language = "fa", int ttl = 3600)
    {
        var result = await Api.OkAsync("createLoginUrl", new { room_id = roomId, user_id = userId, nickname, access, concurrent, language, ttl });
        Assert.Equal(JsonValueKind.String, result.ValueKind);
        var url = result.GetString()!;
        Assert.Contains($"/ch/{Tenant.Slug}/", url, StringComparison.Ordinal);
        return Server.Url(url);
    }
}
