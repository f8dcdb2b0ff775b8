using System.Security.Cryptography;
using Kelas.Core.Database;
using Kelas.Core.Modules;
using Kelas.Shad.Data;
using Kelas.Shad.Directory;
using Kelas.Shad.Events;
using Kelas.Shad.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Shad.Demo;

/// <summary>Migrations and the signing key at start-up; on an empty database a demo event with two handed-off students.</summary>
internal sealed class ShadKelasModule : IKelasModule
{
    public const long DemoLandingId = 1001;
    public const string DemoUsername = "demo-organizer";

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateKelasDatabaseAsync<ShadDbContext>(cancellationToken);

        await services.GetRequiredService<SigningKeyStore>().GetAsync(cancellationToken);
    }

    public async Task<DemoAccount?> SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<ShadDbContext>();
        if (await db.Events.AnyAsync(cancellationToken))
        {
            return null;
        }

        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var created = await provider.GetRequiredService<EventAdmin>().CreateAsync(
            DemoLandingId, "رویداد نمایشی", "https://example.com/shad", DemoUsername, password, cancellationToken);
        var now = created.Event.CreateTime;
        foreach (var user in DemoUsers(now))
        {
            if (!await db.Users.AnyAsync(u => u.Id == user.Id, cancellationToken))
            {
                db.Users.Add(user);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var links = provider.GetRequiredService<LaunchLinks>();
        var verified = await links.CreateAsync(DemoLandingId, 516222, cancellationToken);
        var unverified = await links.CreateAsync(DemoLandingId, 516223, cancellationToken);

        return new DemoAccount(
            "Shad events",
            [
                $"landingId: {DemoLandingId}, username: {DemoUsername}, password: {password}",
                $"apiKey: {created.ApiKey}",
                $"students: UserHashId {verified.HashedId} (verified), {unverified.HashedId} (unverified)",
                $"hand-off: {verified.Url}",
            ],
            $"curl -s {{base}}{ShadEventApi.LoginPath} -H 'Content-Type: application/json' -d '{{\"landingId\":{DemoLandingId},\"username\":\"{DemoUsername}\",\"password\":\"{password}\"}}'");
    }

    private static DirectoryUser[] DemoUsers(long now) =>
    [
        new()
        {
            Id = 516222, NationalId = "0000000000", Name = "رونيكا", Family = "نادم كچائي", Mobile = "989226670378", ProvinceName = "گیلان",
            DistrictName = "1رشت .ناحیه", CourseStudy = "دوره ابتدایی توصیفی", FundamentalId = 3, Role = "student", Verified = true, UpdateTime = now,
        },
        new() { Id = 516223, Mobile = "989388332389", Verified = false, UpdateTime = now },
    ];
}
