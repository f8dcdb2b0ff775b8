using Kelas.Abrish.Data;
using Kelas.Abrish.Organizations;
using Kelas.Abrish.Registrants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.Testing;

public static class AbrishFixtures
{
    /// <summary>Creates a registrant as <c>kelas abrish registrant create</c> does.</summary>
    public static async Task<AbrishRegistrant> CreateAbrishRegistrantAsync(
        this KelasFactory factory, string? name = null, bool sha256 = false, int replayWindowSeconds = 0)
    {
        name ??= "r" + Guid.NewGuid().ToString("N")[..12] + "@example.com";
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<RegistrantAdmin>()
            .CreateAsync(name, new RegistrantAdmin.Hardening(sha256, replayWindowSeconds), CancellationToken.None);
        return new AbrishRegistrant(created.Id, created.Name, created.ApiKey);
    }

    /// <summary>Creates an organization as <c>kelas abrish org create</c> does; returns its id.</summary>
    public static async Task<long> CreateAbrishOrganizationAsync(
        this KelasFactory factory, AbrishRegistrant registrant, string name = "سازمان آزمون", string plan = "طلایی",
        string expires = "1410/01/01", int allowedUsers = 100, int roles = 0)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<OrganizationAdmin>()
            .CreateAsync(registrant.Name, new OrganizationAdmin.Settings(name, plan, expires, allowedUsers, roles), CancellationToken.None);
        return created.Id;
    }

    /// <summary>The stored password hash of a user, straight from the database.</summary>
    public static async Task<string> AbrishPasswordHashAsync(this KelasFactory factory, long userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AbrishDbContext>().Users
            .Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync();
    }
}
