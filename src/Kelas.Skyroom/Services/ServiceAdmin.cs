using Kelas.Core.Commands;
using Kelas.Skyroom.Accounts;
using Kelas.Skyroom.Data;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom.Services;

/// <summary>Services (plans) exist only through the operator: the API cannot create or change them.</summary>
internal sealed class ServiceAdmin(SkyroomDbContext db, AccountAdmin accounts, TimeProvider clock)
{
    public sealed record Changes(
        string? Title = null,
        int? UserLimit = null,
        int? VideoLimit = null,
        long? TimeLimit = null,
        bool ClearTimeLimit = false,
        long? StartTime = null,
        long? StopTime = null,
        bool ClearStopTime = false,
        int? Status = null);

    public async Task<Service> CreateAsync(string slug, Changes values, CancellationToken cancellationToken)
    {
        var account = await accounts.RequireAsync(slug, cancellationToken);
        if (string.IsNullOrWhiteSpace(values.Title) || values.UserLimit is null || values.VideoLimit is null)
        {
            throw new OperatorException("A service needs --title, --user-limit and --video-limit.");
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var service = new Service
        {
            AccountId = account.Id,
            Title = values.Title,
            CreateTime = now,
            StartTime = values.StartTime ?? now,
        };
        Apply(service, values, now);
        db.Services.Add(service);
        await db.SaveChangesAsync(cancellationToken);
        return service;
    }

    public async Task<Service> UpdateAsync(string slug, long serviceId, Changes values, CancellationToken cancellationToken)
    {
        var account = await accounts.RequireAsync(slug, cancellationToken);
        var service = await db.Services.FirstOrDefaultAsync(s => s.Id == serviceId && s.AccountId == account.Id, cancellationToken)
            ?? throw new OperatorException($"Account '{slug}' has no service {serviceId}.");
        Apply(service, values, clock.GetUtcNow().ToUnixTimeSeconds());
        await db.SaveChangesAsync(cancellationToken);
        return service;
    }

    public async Task<List<Service>> ListAsync(string slug, CancellationToken cancellationToken)
    {
        var account = await accounts.RequireAsync(slug, cancellationToken);
        return await db.Services.AsNoTracking().Where(s => s.AccountId == account.Id).OrderBy(s => s.Id).ToListAsync(cancellationToken);
    }

    private static void Apply(Service service, Changes values, long now)
    {
        if (values.Title is { Length: > 128 })
        {
            throw new OperatorException("--title is at most 128 characters.");
        }

        if (values.UserLimit < 1 || values.VideoLimit < 0 || values.TimeLimit < 0)
        {
            throw new OperatorException("Limits must be positive (--user-limit at least 1).");
        }

        service.Title = string.IsNullOrWhiteSpace(values.Title) ? service.Title : values.Title.Trim();
        service.UserLimit = values.UserLimit ?? service.UserLimit;
        service.VideoLimit = values.VideoLimit ?? service.VideoLimit;
        service.TimeLimit = values.ClearTimeLimit ? null : values.TimeLimit ?? service.TimeLimit;
        service.StartTime = values.StartTime ?? service.StartTime;
        service.StopTime = values.ClearStopTime ? null : values.StopTime ?? service.StopTime;
        service.Status = values.Status ?? service.Status;
        if (service.StopTime <= service.StartTime)
        {
            throw new OperatorException("--stop must be after --start.");
        }

        service.UpdateTime = now;
    }
}
