namespace Kelas.Abrish.Data;

internal sealed class OrganizationUser
{
    public long Id { get; set; }

    public long OrganizationId { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string UserName { get; set; } = "";

    /// <summary>The user name folded (case, Arabic letters, digits): unique per organization.</summary>
    public string UserNameKey { get; set; } = "";

    public int Gender { get; set; }

    /// <summary>Solar Hijri <c>yyyy/mm/dd</c>, or empty.</summary>
    public string BirthDate { get; set; } = "";

    /// <summary><c>09xxxxxxxxx</c>, or empty.</summary>
    public string Cell { get; set; } = "";

    public bool IsEnable { get; set; }

    public bool SpecialAccess { get; set; }

    public string PasswordHash { get; set; } = "";

    /// <summary>First name, last name, user name and cell, normalised and joined, for the <c>filter</c> of getAllUsers.</summary>
    public string SearchText { get; set; } = "";

    public long CreateTime { get; set; }
}
