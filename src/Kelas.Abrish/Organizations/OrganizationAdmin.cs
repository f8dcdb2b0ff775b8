using Kelas.Abrish.Data;
using Kelas.Abrish.Registrants;
using Kelas.Core.Commands;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Abrish.Organizations;

/// <summary>Operator-side organization management (the original's sales side: plans, expiry, seats).</summary>
internal sealed class OrganizationAdmin(AbrishDbContext db, RegistrantAdmin registrants, TimeProvider clock)
{
    public sealed record Settings(string? Name, string? Plan, string? Expires, int? AllowedUsers, int? Roles);

    public async Task<Organization> CreateAsync(string registrantName, Settings settings, CancellationToken cancellationToken)
    {
        var registrant = await registrants.RequireAsync(registrantName, cancellationToken);
        if (settings.Name is null || settings.Plan is null || settings.Expires is null || settings.AllowedUsers is null)
        {
            throw new OperatorException("--name, --plan, --expires and --allowed-users are required.");
        }

        var organization = new Organization { RegistrantId = registrant.Id, CreateTime = clock.GetUtcNow().ToUnixTimeMilliseconds() };
        Apply(organization, settings);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return organization;
    }

    public async Task<Organization> UpdateAsync(long id, Settings settings, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new OperatorException($"No organization with id {id}.");
        Apply(organization, settings);
        await db.SaveChangesAsync(cancellationToken);
        return organization;
    }

    public async Task<List<Organization>> ListAsync(string registrantName, CancellationToken cancellationToken)
    {
        var registrant = await registrants.RequireAsync(registrantName, cancellationToken);
        return await db.Organizations.AsNoTracking().Where(o => o.RegistrantId == registrant.Id).OrderBy(o => o.Id).ToListAsync(cancellationToken);
    }

    public bool IsTimedOut(Organization organization) => SolarHijriDates.IsPast(organization.Duration, clock);

    private static void Apply(Organization organization, Settings settings)
    {
        if (settings.Name is { } name)
        {
            name = name.Trim();
            organization.Name = name.Length is > 0 and <= OrganizationConfiguration.MaxNameLength
                ? name
                : throw new OperatorException($"--name must be 1-{OrganizationConfiguration.MaxNameLength} characters.");
        }

        if (settings.Plan is { } plan)
        {
            plan = plan.Trim();
            organization.PlanType = plan.Length <= OrganizationConfiguration.MaxPlanLength
                ? plan
                : throw new OperatorException($"--plan must be at most {OrganizationConfiguration.MaxPlanLength} characters.");
        }

        if (settings.Expires is { } expires)
        {
            organization.Duration = SolarHijriDates.TryNormalize(expires, out var date)
                ? date
                : throw new OperatorException($"'{expires}' is not a Solar Hijri date yyyy/mm/dd (1403/12/30 exists, 1402/12/30 does not).");
        }

        if (settings.AllowedUsers is { } allowed)
        {
            organization.AllowedUsers = allowed >= 0 ? allowed : throw new OperatorException("--allowed-users must be 0 or more.");
        }

        if (settings.Roles is { } roles)
        {
            organization.RolesCount = roles >= 0 ? roles : throw new OperatorException("--roles must be 0 or more.");
        }
    }
}
