using Kelas.Skyroom.Accounts;
using Kelas.Skyroom.Data;
using Kelas.Skyroom.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Testing;

public static class SkyroomFixtures
{
    /// <summary>Creates an account as the operator would (<c>kelas skyroom account create</c>) with one active service.</summary>
    public static async Task<SkyroomTenant> CreateSkyroomTenantAsync(this KelasFactory factory, string? slug = null, bool withService = true)
    {
        slug ??= "t" + Guid.NewGuid().ToString("N")[..12];
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<AccountAdmin>().CreateAsync(slug, CancellationToken.None);
        long serviceId = 0;
        if (withService)
        {
            var service = await scope.ServiceProvider.GetRequiredService<ServiceAdmin>().CreateAsync(
                slug, new ServiceAdmin.Changes(Title: "سرویس آزمایشی", UserLimit: 100, VideoLimit: 8), CancellationToken.None);
            serviceId = service.Id;
        }

        return new SkyroomTenant(created.Account.Id, slug, created.ApiKey, serviceId, Convert.FromBase64String(created.Account.LoginSecret));
    }

    public static async Task<long> AddSkyroomServiceAsync(this KelasFactory factory, string slug, string title = "سرویس دوم")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var service = await scope.ServiceProvider.GetRequiredService<ServiceAdmin>().CreateAsync(
            slug, new ServiceAdmin.Changes(Title: title, UserLimit: 10, VideoLimit: 2), CancellationToken.None);
        return service.Id;
    }

    public static async Task SetSkyroomServiceStatusAsync(this KelasFactory factory, string slug, long serviceId, bool active)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ServiceAdmin>().UpdateAsync(
            slug, serviceId, new ServiceAdmin.Changes(Status: active ? 1 : 0), CancellationToken.None);
    }

    public static async Task SetSkyroomAccountEnabledAsync(this KelasFactory factory, string slug, bool enabled)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountAdmin>().SetStatusAsync(slug, enabled, CancellationToken.None);
    }

    /// <summary>Runs a query against the Skyroom tables, for assertions the API cannot make (e.g. what is stored).</summary>
    public static async Task<T> QuerySkyroomAsync<T>(this KelasFactory factory, Func<SkyroomDbContextAccessor, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(new SkyroomDbContextAccessor(scope.ServiceProvider.GetRequiredService<SkyroomDbContext>()));
    }
}

/// <summary>Read access to stored Skyroom rows for tests, without exposing the module's internal entity types.</summary>
public sealed class SkyroomDbContextAccessor
{
    private readonly SkyroomDbContext db;

    internal SkyroomDbContextAccessor(SkyroomDbContext db) => this.db = db;

    public Task<string?> PasswordHashAsync(long userId) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).FirstOrDefaultAsync();

    public Task<string?> KeyHashAsync(string slug) =>
        db.Accounts.Where(a => a.Slug == slug).Select(a => a.KeyHash).FirstOrDefaultAsync();

    public Task<int> RoomUserRowsAsync(long roomId) => db.RoomUsers.CountAsync(ru => ru.RoomId == roomId);

    public Task<int> CountChatMessagesAsync(long roomId) => db.ChatMessages.CountAsync(m => m.RoomId == roomId);

    public Task<int> ConnectionStatusAsync(long connectionId) =>
        db.Connections.Where(c => c.Id == connectionId).Select(c => c.Status).SingleAsync();

    /// <summary>A room's sessions, oldest first.</summary>
    public async Task<List<(long Id, long StartTime, long? StopTime)>> SessionsAsync(long roomId) =>
        (await db.Sessions.Where(s => s.RoomId == roomId).OrderBy(s => s.Id).ToListAsync()).ConvertAll(s => (s.Id, s.StartTime, s.StopTime));

    /// <summary>A room's connections, oldest first: who, when, how it ended.</summary>
    public async Task<List<(long Id, string Nickname, long StartTime, long? StopTime, int Status, long CountedSeconds)>> ConnectionsAsync(long roomId) =>
        (await db.Connections.Where(c => c.RoomId == roomId).OrderBy(c => c.Id).ToListAsync())
            .ConvertAll(c => (c.Id, c.Nickname, c.StartTime, c.StopTime, c.Status, c.CountedSeconds));
}
