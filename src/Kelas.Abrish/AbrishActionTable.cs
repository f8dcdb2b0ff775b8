using Kelas.Abrish.Organizations;
using Kelas.Abrish.Users;
using Microsoft.AspNetCore.Http;

namespace Kelas.Abrish;

/// <summary><c>mod</c> → <c>action</c> → handler. Names are case-sensitive, as in the original.</summary>
internal static class AbrishActionTable
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, Func<AbrishCall, Task<IResult>>>> Modules =
        new Dictionary<string, IReadOnlyDictionary<string, Func<AbrishCall, Task<IResult>>>>(StringComparer.Ordinal)
        {
            ["Organization"] = new Dictionary<string, Func<AbrishCall, Task<IResult>>>(StringComparer.Ordinal)
            {
                ["getAll"] = OrganizationActions.GetAllAsync,
                ["saveName"] = OrganizationActions.SaveNameAsync,
                ["getAllUsers"] = UserActions.GetAllUsersAsync,
                ["postUser"] = UserActions.PostUserAsync,
            },
        };
}
