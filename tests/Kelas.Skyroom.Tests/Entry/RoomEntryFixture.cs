namespace Kelas.Skyroom.Tests.Entry;

/// <summary>
/// One server per test class for room entry. The presence timer is slowed right down: tests run its rounds
/// themselves (<see cref="RoomEntryFixtures.TickPresenceAsync"/>) after moving the clock.
/// </summary>
public sealed class RoomEntryFixture : IAsyncLifetime, IRoomEntryServer
{
    public KelasFactory Factory { get; } = new(new Dictionary<string, string?>
    {
        ["Skyroom:RateLimitPerMinute"] = "1000000",
        ["Skyroom:Presence:TickSeconds"] = "30",
        ["Skyroom:Presence:StaleAfterSeconds"] = "3600",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>An account of its own (so service-wide limits and usage concern this test only).</summary>
    public async Task<EntryTenant> TenantAsync()
    {
        var tenant = await Factory.CreateSkyroomTenantAsync();
        return new EntryTenant(this, tenant, new SkyroomWire(Factory.CreateClient(), tenant.ApiKey));
    }
}

/// <summary>The server a test enters rooms on.</summary>
public interface IRoomEntryServer
{
    KelasFactory Factory { get; }
}

/// <summary>A test's account, with shortcuts to make rooms and login links and to walk in.</summary>
public sealed record EntryTenant(IRoomEntryServer Fixture, SkyroomTenant Tenant, SkyroomWire Api)
{
    public KelasFactory Factory => Fixture.Factory;

    public string Slug => Tenant.Slug;

    public async Task<(long Id, string Name)> RoomAsync(object? settings = null)
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = (await Api.OkAsync("createRoom", new { name, title = "کلاس " + name })).GetInt64();
        if (settings is not null)
        {
            var parameters = System.Text.Json.JsonSerializer.SerializeToNode(settings)!.AsObject();
            parameters["room_id"] = id;
            await Api.OkAsync("updateRoom", parameters);
        }

        return (id, name);
    }

    public async Task<string> LinkAsync(long roomId, string userId, string nickname, int access = 1, int concurrent = 1, long ttl = 3600, string language = "fa") =>
        (await Api.OkAsync("createLoginUrl", new { room_id = roomId, user_id = userId, nickname, access, concurrent, ttl, language })).GetString()!;

    /// <summary>Opens a login link's page and its socket; the socket has said hello but nothing has been read yet.</summary>
    public async Task<RoomSocketClient> OpenAsync(string roomName, string url)
    {
        var page = await Factory.GetRoomPageAsync(url);
        Assert.True(page.Ticket is not null, $"expected a room page, got {(int)page.Status} {page.Reason}");
        return await Factory.ConnectAsync(Slug, roomName, page);
    }

    /// <summary>Walks in with a fresh login link and waits to be welcomed.</summary>
    public async Task<RoomSocketClient> EnterAsync(long roomId, string roomName, string nickname, int access = 1, string? userId = null)
    {
        var socket = await OpenAsync(roomName, await LinkAsync(roomId, userId ?? Guid.NewGuid().ToString("N")[..10], nickname, access));
        await socket.NextAsync("welcome");
        return socket;
    }
}
