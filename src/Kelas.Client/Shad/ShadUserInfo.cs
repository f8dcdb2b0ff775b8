namespace Kelas.Client.Shad;

/// <summary>
/// A Shad student as an event sees them. For a student whose identity is not verified only <see cref="Id"/>,
/// <see cref="HashedId"/> and <see cref="Mobile"/> are set; the service never discloses the national id.
/// </summary>
public sealed record ShadUserInfo
{
    /// <summary>The student's number in the Shad directory.</summary>
    public long Id { get; init; }

    /// <summary>Always <c>null</c>: the service does not disclose national ids.</summary>
    public string? NationalId { get; init; }

    /// <summary>The student's id at this event (<c>UserID</c> of the landing link); another event knows them by another one.</summary>
    public string HashedId { get; init; } = "";

    /// <summary>First name, with the characters Shad holds (Arabic ي and ك included); <c>null</c> when unverified.</summary>
    public string? Name { get; init; }

    /// <summary>Family name; <c>null</c> when unverified.</summary>
    public string? Family { get; init; }

    /// <summary>Province; <c>null</c> when unverified.</summary>
    public string? ProvinceName { get; init; }

    /// <summary>Mobile number, e.g. <c>989226670378</c>.</summary>
    public string? Mobile { get; init; }

    /// <summary>Course of study; <c>null</c> when unverified.</summary>
    public string? CourseStudy { get; init; }

    /// <summary>Education district; <c>null</c> when unverified.</summary>
    public string? DistrictName { get; init; }

    /// <summary>The Shad fundamental (grade) id; <c>null</c> when unverified.</summary>
    public int? FundamentalId { get; init; }

    /// <summary>Role, e.g. <c>student</c>; <c>null</c> when unverified.</summary>
    public string? Role { get; init; }
}
