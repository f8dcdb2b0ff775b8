using System.Text.Json;
using System.Text.Json.Nodes;
using Kelas.Skyroom.Data;
using Kelas.Skyroom.Wire;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom.Users;

internal static class UserActions
{
    public static IEnumerable<KeyValuePair<string, SkyroomAction>> All =>
    [
        new("getUsers", GetUsersAsync),
        new("countUsers", CountUsersAsync),
        new("getUser", GetUserAsync),
        new("createUser", CreateUserAsync),
        new("createUsers", CreateUsersAsync),
        new("updateUser", UpdateUserAsync),
        new("deleteUser", DeleteUserAsync),
        new("deleteUsers", DeleteUsersAsync),
    ];

    private static Task<SkyroomResult> GetUsersAsync(SkyroomActionContext context)
    {
        var users = context.Db.Users.AsNoTracking()
            .Where(u => u.AccountId == context.Account.Id)
            .OrderBy(u => u.Id)
            .Select(u => new UserSummaryResponse(u.Id, u.Username, u.Nickname, u.Status))
            .AsAsyncEnumerable();
        return Task.FromResult(SkyroomResult.Stream(users, SkyroomJsonContext.Default.UserSummaryResponse));
    }

    private static async Task<SkyroomResult> CountUsersAsync(SkyroomActionContext context) =>
        SkyroomResult.Ok(await context.Db.Users.CountAsync(u => u.AccountId == context.Account.Id, context.Aborted));

    private static async Task<SkyroomResult> GetUserAsync(SkyroomActionContext context) =>
        SkyroomResult.Ok(UserResponse.From(await UserLookup.RequireByIdOrUsernameAsync(context)), SkyroomJsonContext.Default.UserResponse);

    private static async Task<SkyroomResult> CreateUserAsync(SkyroomActionContext context)
    {
        var user = UserFields.ReadNew(context.Params, context.Account.Id, context.Now);
        context.Db.Users.Add(user);
        await context.SaveAsync(SkyroomError.DuplicateUsername);
        return SkyroomResult.Ok(user.Id);
    }

    /// <summary>One answer per entry, aligned with the input: the new id, or that entry's error message.</summary>
    private static async Task<SkyroomResult> CreateUsersAsync(SkyroomActionContext context)
    {
        var entries = context.Params.RequiredArray("users", context.Options.MaxBatchItems);
        var outcomes = new object[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            try
            {
                var user = UserFields.ReadNew(SkyroomParams.ItemObject(entries[i], "users"), context.Account.Id, context.Now);
                context.Db.Users.Add(user);
                await context.SaveAsync(SkyroomError.DuplicateUsername);
                outcomes[i] = user.Id;
            }
            catch (SkyroomFailure failure)
            {
                context.Db.ChangeTracker.Clear();
                outcomes[i] = failure.Error.Message;
            }
        }

        return new IdsOrErrors(outcomes);
    }

    private static async Task<SkyroomResult> UpdateUserAsync(SkyroomActionContext context)
    {
        var user = await UserLookup.RequireAsync(context, context.Params.RequiredId("user_id"), tracked: true);
        UserFields.ApplyUpdate(user, context.Params, context.Now);
        await context.SaveAsync(SkyroomError.DuplicateUsername);
        return SkyroomResult.Ok(1);
    }

    private static async Task<SkyroomResult> DeleteUserAsync(SkyroomActionContext context)
    {
        var user = await UserLookup.RequireAsync(context, context.Params.RequiredId("user_id"));
        await DeleteOwnedAsync(context, [user.Id]);
        return SkyroomResult.Ok(1);
    }

    /// <summary>Ids that are not the caller's users (unknown, another account's, not a number) count as failures.</summary>
    private static async Task<SkyroomResult> DeleteUsersAsync(SkyroomActionContext context)
    {
        var entries = context.Params.RequiredArray("users", context.Options.MaxBatchItems);
        var ids = new HashSet<long>();
        foreach (var entry in entries)
        {
            // Bare ids, or objects carrying user_id as the other list actions accept.
            var idNode = entry is JsonObject item ? item["user_id"] : entry;
            if (idNode is not null && LooseJson.TryGetLong(idNode, out var id) && id > 0)
            {
                ids.Add(id);
            }
        }

        var owned = await context.Db.Users
            .Where(u => u.AccountId == context.Account.Id && ids.Contains(u.Id))
            .Select(u => u.Id)
            .ToListAsync(context.Aborted);
        var deleted = await DeleteOwnedAsync(context, owned);
        return SkyroomResult.Ok(new DeleteUsersResponse(deleted, entries.Count - deleted), SkyroomJsonContext.Default.DeleteUsersResponse);
    }

    private static async Task<int> DeleteOwnedAsync(SkyroomActionContext context, IReadOnlyCollection<long> userIds)
    {
        if (userIds.Count == 0)
        {
            return 0;
        }

        await context.Db.RoomUsers.Where(ru => userIds.Contains(ru.UserId)).ExecuteDeleteAsync(context.Aborted);
        return await context.Db.Users
            .Where(u => u.AccountId == context.Account.Id && userIds.Contains(u.Id))
            .ExecuteDeleteAsync(context.Aborted);
    }

    private sealed class IdsOrErrors(object[] outcomes) : SkyroomResult
    {
        public override ValueTask WriteAsync(Utf8JsonWriter writer, System.IO.Pipelines.PipeWriter pipe, CancellationToken cancellationToken)
        {
            writer.WriteStartArray();
            foreach (var outcome in outcomes)
            {
                if (outcome is long id)
                {
                    writer.WriteNumberValue(id);
                }
                else
                {
                    writer.WriteStringValue((string)outcome);
                }
            }

            writer.WriteEndArray();
            return ValueTask.CompletedTask;
        }
    }
}
