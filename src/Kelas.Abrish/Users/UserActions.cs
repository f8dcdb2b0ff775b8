using System.Text.Json.Serialization;
using Kelas.Abrish.Data;
using Kelas.Abrish.Organizations;
using Kelas.Abrish.Security;
using Kelas.Abrish.Wire;
using Kelas.Core.Database;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Abrish.Users;

/// <summary><c>Organization.getAllUsers</c> (18 per page) and <c>Organization.postUser</c> (create or edit).</summary>
internal static class UserActions
{
    public const int PageSize = 18;

    /// <summary>The longest field the filter is matched within (a first or last name); a longer filter matches nobody.</summary>
    private const int MaxUsefulFilterLength = OrganizationUserConfiguration.MaxNameLength;

    public static async Task<IResult> GetAllUsersAsync(AbrishCall call)
    {
        if (await OrganizationActions.FindAsync(call) is not { } organization)
        {
            return AbrishAnswer.Error(AbrishMessages.OrganizationNotFound);
        }

        long page = 0;
        if (call.Params.IsComposite("page")
            || (call.Params.Has("page") && !string.IsNullOrWhiteSpace(call.Params.Text("page"))
                && (!call.Params.TryLong("page", out page) || page < 0 || page > int.MaxValue / PageSize)))
        {
            return AbrishAnswer.Error(AbrishMessages.InvalidPage);
        }

        var query = call.Db.Users.AsNoTracking().Where(u => u.OrganizationId == organization.Id);
        var filter = call.Params.Text("filter") ?? "";
        var normalizedFilter = SearchNormalizer.Normalize(filter);
        if (normalizedFilter.Length > MaxUsefulFilterLength)
        {
            // Longer than any one field a match must lie in: nothing matches, and SQLite refuses LIKE patterns over 50,000 bytes.
            return AbrishAnswer.Json(new UsersAnswer(0, []));
        }

        if (normalizedFilter.Length > 0)
        {
            var pattern = SearchNormalizer.ContainsPattern(filter);
            query = query.Where(u => EF.Functions.Like(u.SearchText, pattern, "\\"));
        }

        var count = await query.CountAsync(call.CancellationToken);
        var users = await query.OrderBy(u => u.Id).Skip((int)page * PageSize).Take(PageSize).ToListAsync(call.CancellationToken);
        return AbrishAnswer.Json(new UsersAnswer(count, users.Select(u => new UserAnswer(
            u.Id, u.FirstName, u.LastName, u.UserName, u.Gender, u.BirthDate, u.Cell, u.IsEnable ? 1 : 0, u.SpecialAccess ? 1 : 0)).ToList()));
    }

    public static async Task<IResult> PostUserAsync(AbrishCall call)
    {
        if (await OrganizationActions.FindAsync(call) is not { } organization)
        {
            return AbrishAnswer.Error(AbrishMessages.OrganizationNotFound);
        }

        long userId = 0;
        if (call.Params.IsComposite("userid")
            || (!string.IsNullOrWhiteSpace(call.Params.Text("userid")) && (!call.Params.TryLong("userid", out userId) || userId < 0)))
        {
            return AbrishAnswer.Error(AbrishMessages.InvalidUserId);
        }

        var form = UserForm.Read(call.Params, creating: userId == 0, SolarHijriDates.Today(call.Clock));
        if (form.Error is { } invalid)
        {
            return AbrishAnswer.Error(invalid);
        }

        return userId == 0
            ? await CreateAsync(call, organization, form)
            : await UpdateAsync(call, organization, userId, form);
    }

    private static async Task<IResult> CreateAsync(AbrishCall call, Organization organization, UserForm form)
    {
        if (SolarHijriDates.IsPast(organization.Duration, call.Clock))
        {
            return AbrishAnswer.Error(AbrishMessages.OrganizationTimedOut);
        }

        var user = new OrganizationUser
        {
            OrganizationId = organization.Id,
            CreateTime = call.Clock.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        form.ApplyTo(user, call.Options.PasswordHashIterations);

        // The seat and the user go in together: a full organization and a taken name are decided by the database.
        await using var transaction = await call.Db.Database.BeginTransactionAsync(call.CancellationToken);
        var seated = await call.Db.Organizations
            .Where(o => o.Id == organization.Id && o.UsersCount < o.AllowedUsers)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.UsersCount, o => o.UsersCount + 1), call.CancellationToken);
        if (seated == 0)
        {
            await transaction.RollbackAsync(call.CancellationToken);
            return AbrishAnswer.Error(AbrishMessages.OrganizationFull);
        }

        call.Db.Users.Add(user);
        try
        {
            await call.Db.SaveChangesAsync(call.CancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            await transaction.RollbackAsync(call.CancellationToken);
            call.Db.ChangeTracker.Clear();
            return AbrishAnswer.Error(AbrishMessages.UserNameTaken);
        }

        await transaction.CommitAsync(call.CancellationToken);
        return AbrishAnswer.Json(new IdAnswer(user.Id));
    }

    private static async Task<IResult> UpdateAsync(AbrishCall call, Organization organization, long userId, UserForm form)
    {
        var user = await call.Db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.OrganizationId == organization.Id, call.CancellationToken);
        if (user is null)
        {
            return AbrishAnswer.Error(AbrishMessages.UserNotFound);
        }

        form.ApplyTo(user, call.Options.PasswordHashIterations);
        try
        {
            await call.Db.SaveChangesAsync(call.CancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            call.Db.ChangeTracker.Clear();
            return AbrishAnswer.Error(AbrishMessages.UserNameTaken);
        }

        return AbrishAnswer.Json(new IdAnswer(user.Id));
    }

    private sealed record IdAnswer([property: JsonPropertyName("id")] long Id);

    private sealed record UsersAnswer(
        [property: JsonPropertyName("count")] int Count,
        [property: JsonPropertyName("data")] IReadOnlyList<UserAnswer> Data);

    private sealed record UserAnswer(
        long ID,
        string FirstName,
        string LastName,
        string UserName,
        int Gender,
        string BirthDate,
        string Cell,
        int IsEnable,
        int SpecialAccess);
}
