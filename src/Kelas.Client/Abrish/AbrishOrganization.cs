namespace Kelas.Client.Abrish;

/// <summary>An organization of the registrant, as <c>getAll</c> describes it.</summary>
/// <param name="Id">The organization's id (<c>id</c>), used by the other calls.</param>
/// <param name="Name">Its name (<c>name</c>).</param>
/// <param name="UsersCount">How many users it has (<c>userscount</c>).</param>
/// <param name="RolesCount">How many roles it has (<c>rolescount</c>).</param>
/// <param name="PlanType">The purchased plan (<c>plantype</c>).</param>
/// <param name="TimedOut">Whether the plan has expired (<c>timedout</c>); an expired organization accepts no new users.</param>
/// <param name="Duration">The plan's expiry date, Solar Hijri <c>yyyy/mm/dd</c> (<c>duration</c>).</param>
/// <param name="AllowedUsers">How many users it may have (<c>allowedusers</c>).</param>
public sealed record AbrishOrganization(
    long Id, string Name, int UsersCount, int RolesCount, string PlanType, bool TimedOut, string Duration, int AllowedUsers);
