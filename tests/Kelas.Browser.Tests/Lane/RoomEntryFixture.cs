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
    public async Task<(long Id, string Name)> CreateRoomAsync(string title, bool opLoginFirst = false)
    {
        var name = "room-" + Guid.NewGuid().ToString("N")[..12];
        var id = (await Api.OkAsync("createRoom", new { name, title, op_login_first = opLoginFirst })).GetInt64();
        return (id, name);
    }

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
