using System.Text.Json.Serialization;
using Kelas.Abrish.Data;
using Kelas.Abrish.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Abrish.Organizations;

/// <summary><c>Organization.getAll</c> and <c>Organization.saveName</c>.</summary>
internal static class OrganizationActions
{
    public static async Task<IResult> GetAllAsync(AbrishCall call)
    {
        var organizations = await call.Db.Organizations.AsNoTracking()
            .Where(o => o.RegistrantId == call.Registrant.Id)
            .OrderBy(o => o.Id)
            .ToListAsync(call.CancellationToken);
        return AbrishAnswer.Json(organizations.Select(o => new OrganizationAnswer(
            o.Id, o.Name, o.UsersCount, o.RolesCount, o.PlanType, SolarHijriDates.IsPast(o.Duration, call.Clock) ? 1 : 0, o.Duration, o.AllowedUsers)));
    }

    public static async Task<IResult> SaveNameAsync(AbrishCall call)
    {
        if (await FindAsync(call) is not { } organization)
        {
            return AbrishAnswer.Error(AbrishMessages.OrganizationNotFound);
        }

        var name = call.Params.Text("orgname")?.Trim() ?? "";
        if (name.Length == 0)
        {
            return AbrishAnswer.Error(AbrishMessages.OrganizationNameRequired);
        }

        if (name.Length > OrganizationConfiguration.MaxNameLength)
        {
            return AbrishAnswer.Error(AbrishMessages.OrganizationNameTooLong);
        }

        await call.Db.Organizations.Where(o => o.Id == organization.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.Name, name), call.CancellationToken);
        return AbrishAnswer.Success(AbrishMessages.OrganizationRenamed);
    }

    /// <summary>The organization named by <c>id</c>, if it belongs to the caller; another registrant's is "not found".</summary>
    public static async Task<Organization?> FindAsync(AbrishCall call)
    {
        if (!call.Params.TryLong("id", out var id) || id <= 0)
        {
            return null;
        }

        return await call.Db.Organizations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == id && o.RegistrantId == call.Registrant.Id, call.CancellationToken);
    }

    private sealed record OrganizationAnswer(
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("userscount")] int UsersCount,
        [property: JsonPropertyName("rolescount")] int RolesCount,
        [property: JsonPropertyName("plantype")] string PlanType,
        [property: JsonPropertyName("timedout")] int TimedOut,
        [property: JsonPropertyName("duration")] string Duration,
        [property: JsonPropertyName("allowedusers")] int AllowedUsers);
}
