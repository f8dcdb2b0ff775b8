namespace Kelas.Client.Abrish;

/// <summary>One page of <c>getAllUsers</c>.</summary>
/// <param name="Count">How many users match the filter in all (<c>count</c>), not only on this page.</param>
/// <param name="Users">This page's users, at most <see cref="AbrishClient.UsersPageSize"/>.</param>
public sealed record AbrishUserPage(int Count, IReadOnlyList<AbrishUser> Users);
