using Kelas.Core.Database;
using Kelas.Skyroom.Data;
using Kelas.Skyroom.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom;

/// <summary>Everything a handler needs for one call: the caller's account, its params, the database and the clock.</summary>
internal sealed class SkyroomActionContext(
    HttpContext http, SkyroomDbContext db, Account account, SkyroomParams parameters, TimeProvider clock, SkyroomOptions options)
{
    public SkyroomDbContext Db { get; } = db;

    public Account Account { get; } = account;

    public SkyroomParams Params { get; } = parameters;

    public SkyroomOptions Options { get; } = options;

    public CancellationToken Aborted => http.RequestAborted;

    public long Now => clock.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>Base of URLs handed out: the configured public base, or the request's own scheme and host.</summary>
    public string PublicBaseUrl => string.IsNullOrWhiteSpace(Options.PublicBaseUrl)
        ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}"
        : Options.PublicBaseUrl.TrimEnd('/');

    /// <summary>Saves, letting the database's unique indexes decide races on names: a loser gets <paramref name="onDuplicate"/>.</summary>
    public async Task SaveAsync(SkyroomError onDuplicate)
    {
        try
        {
            await Db.SaveChangesAsync(Aborted);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            Db.ChangeTracker.Clear();
            throw onDuplicate.ToException();
        }
    }
}
