namespace Kelas.Client.Abrish;

/// <summary>A user of an organization, as <c>getAllUsers</c> describes it.</summary>
/// <param name="Id">The user's id (<c>ID</c>), to edit it with <see cref="AbrishClient.SaveUserAsync"/>.</param>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
/// <param name="UserName">User name, unique in the organization.</param>
/// <param name="Gender">Gender.</param>
/// <param name="BirthDate">Birth date, Solar Hijri <c>yyyy/mm/dd</c>, or empty.</param>
/// <param name="Cell">Mobile number, or empty.</param>
/// <param name="IsEnabled">Whether the user may sign in (<c>IsEnable</c>).</param>
/// <param name="SpecialAccess">Whether the user has special access.</param>
public sealed record AbrishUser(
    long Id, string FirstName, string LastName, string UserName, AbrishGender Gender, string BirthDate, string Cell, bool IsEnabled, bool SpecialAccess);
