using Kelas.Skyroom.Data;
using Kelas.Skyroom.Wire;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom.Services;

/// <summary>Services (plans) are created by the operator; the API only lists them.</summary>
internal static class ServiceActions
{
    public static IEnumerable<KeyValuePair<string, SkyroomAction>> All =>
    [
        new("getServices", GetServicesAsync),
    ];

    private static Task<SkyroomResult> GetServicesAsync(SkyroomActionContext context)
    {
        var services = context.Db.Services.AsNoTracking()
            .Where(s => s.AccountId == context.Account.Id)
            .OrderBy(s => s.Id)
            .Select(s => new ServiceResponse(
                s.Id, s.Title, s.Status, s.UserLimit, s.VideoLimit, s.TimeLimit, s.TimeUsage, s.TimeTotal, s.StartTime, s.StopTime, s.CreateTime, s.UpdateTime))
            .AsAsyncEnumerable();
        return Task.FromResult(SkyroomResult.Stream(services, SkyroomJsonContext.Default.ServiceResponse));
    }

    /// <summary>
    /// The service a new room lands on: the given one (which must be the caller's), else the single active one;
    /// none active → 14, several → 13.
    /// </summary>
    public static async Task<long> ResolveForNewRoomAsync(SkyroomActionContext context, long? serviceId)
    {
        if (serviceId is { } id)
        {
            return await RequireOwnedAsync(context, id);
        }

        var now = context.Now;
        var active = await context.Db.Services.AsNoTracking()
            .Where(s => s.AccountId == context.Account.Id && s.Status == 1 && (s.StopTime == null || s.StopTime > now))
            .Select(s => s.Id)
            .Take(2)
            .ToListAsync(context.Aborted);
        return active.Count switch
        {
            0 => throw SkyroomError.NoActiveService.ToException(),
            1 => active[0],
            _ => throw SkyroomError.SeveralActiveServices.ToException(),
        };
    }

    public static async Task<long> RequireOwnedAsync(SkyroomActionContext context, long serviceId)
    {
        var owner = await context.Db.Services.AsNoTracking()
            .Where(s => s.Id == serviceId)
            .Select(s => (long?)s.AccountId)
            .FirstOrDefaultAsync(context.Aborted);
        return owner switch
        {
            null => throw SkyroomError.NotFound.ToException(),
            var accountId when accountId != context.Account.Id => throw SkyroomError.NotAllowed.ToException(),
            _ => serviceId,
        };
    }
}
