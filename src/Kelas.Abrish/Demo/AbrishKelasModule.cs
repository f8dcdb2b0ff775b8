using Kelas.Core.Security;
using Kelas.Abrish.Data;
using Kelas.Abrish.Organizations;
using Kelas.Abrish.Registrants;
using Kelas.Abrish.Security;
using Kelas.Abrish.Users;
using Kelas.Core.Database;
using Kelas.Core.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kelas.Abrish.Demo;

/// <summary>Migrations at start-up, and on an empty database a demo registrant with one organization and two users.</summary>
internal sealed class AbrishKelasModule : IKelasModule
{
    public const string DemoName = "demo@kelas.local";

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateKelasDatabaseAsync<AbrishDbContext>(cancellationToken);

    public async Task<DemoAccount?> SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AbrishDbContext>();
        if (await db.Registrants.AnyAsync(cancellationToken))
        {
            return null;
        }

        var clock = provider.GetRequiredService<TimeProvider>();
        var registrant = await provider.GetRequiredService<RegistrantAdmin>().CreateAsync(DemoName, new RegistrantAdmin.Hardening(null, null), cancellationToken);
        var expires = SolarHijriDates.Format(clock.GetUtcNow().AddYears(1).UtcDateTime);
        var organization = await provider.GetRequiredService<OrganizationAdmin>().CreateAsync(
            DemoName, new OrganizationAdmin.Settings("سازمان نمونه", "پایه", expires, 50, 3), cancellationToken);

        var iterations = provider.GetRequiredService<IOptions<AbrishOptions>>().Value.PasswordHashIterations;
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        db.Users.AddRange(
            DemoUser(organization.Id, "علی", "رضایی", "ali", 1, "1370/06/15", "09121234567", iterations, now),
            DemoUser(organization.Id, "سارا", "کریمی", "sara", 2, "1375/01/20", "09351234567", iterations, now));
        await db.Organizations.Where(o => o.Id == organization.Id).ExecuteUpdateAsync(set => set.SetProperty(o => o.UsersCount, 2), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var parameters = $$"""{"serviceusername":"{{DemoName}}","mod":"Organization","action":"getAll"}""";
        var checksum = Checksums.Compute(parameters, registrant.ApiKey, sha256: false);
        return new DemoAccount(
            "Abrish registry",
            [
                $"serviceusername: {DemoName}",
                $"APIKey: {registrant.ApiKey}",
                $"organization {organization.Id} '{organization.Name}' with users ali and sara (password demo-1234)",
            ],
            $"curl -s {{base}}{AbrishServiceApi.Path} --data-urlencode 'params={parameters}' -d checksum={checksum}");
    }

    private static OrganizationUser DemoUser(long organizationId, string first, string last, string userName, int gender, string birth, string cell, int iterations, long now) => new()
    {
        OrganizationId = organizationId,
        FirstName = first,
        LastName = last,
        UserName = userName,
        UserNameKey = SearchNormalizer.Normalize(userName),
        Gender = gender,
        BirthDate = birth,
        Cell = cell,
        IsEnable = true,
        PasswordHash = PasswordHashes.Hash("demo-1234", iterations),
        SearchText = SearchNormalizer.SearchText(first, last, userName, cell),
        CreateTime = now,
    };
}
