using Kelas.Core.Database;
using Kelas.Core.Modules;
using Kelas.Skyroom.Accounts;
using Kelas.Skyroom.Data;
using Kelas.Skyroom.Services;
using Kelas.Skyroom.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Skyroom.Demo;

/// <summary>Migrations at start-up, and on an empty database a demo account a newcomer can call at once.</summary>
internal sealed class SkyroomKelasModule : IKelasModule
{
    public const string DemoSlug = "demo";

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateKelasDatabaseAsync<SkyroomDbContext>(cancellationToken);

    public async Task<DemoAccount?> SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<SkyroomDbContext>();
        if (await db.Accounts.AnyAsync(cancellationToken))
        {
            return null;
        }

        var created = await provider.GetRequiredService<AccountAdmin>().CreateAsync(DemoSlug, cancellationToken);
        var service = await provider.GetRequiredService<ServiceAdmin>().CreateAsync(
            DemoSlug, new ServiceAdmin.Changes(Title: "سرویس نمایشی", UserLimit: 50, VideoLimit: 8), cancellationToken);
        var now = service.CreateTime;
        var room = new Room { AccountId = created.Account.Id, ServiceId = service.Id, Name = "welcome", Title = "کلاس نمونه", GuestLogin = true, CreateTime = now, UpdateTime = now };
        var user = new User
        {
            AccountId = created.Account.Id,
            Username = "teacher",
            PasswordHash = PasswordHasher.Hash("teacher-demo"),
            Nickname = "استاد نمونه",
            CreateTime = now,
            UpdateTime = now,
        };
        db.AddRange(room, user);
        await db.SaveChangesAsync(cancellationToken);
        db.RoomUsers.Add(new RoomUser { RoomId = room.Id, UserId = user.Id, Access = 3 });
        await db.SaveChangesAsync(cancellationToken);

        return new DemoAccount(
            "Skyroom",
            [
                $"account: {DemoSlug}",
                $"API key: {created.ApiKey}",
                $"a service (id {service.Id}), a room 'welcome' (id {room.Id}) and an operator 'teacher' (password teacher-demo, id {user.Id})",
                $"enter the room: {{base}}/ch/{DemoSlug}/welcome (as teacher, or as a guest; English: …/welcome/l/en)",
            ],
            $"curl -s {{base}}/skyroom/api/{created.ApiKey} -H 'Content-Type: application/json' -d '{{\"action\":\"getRooms\"}}'");
    }
}
