namespace Kelas.Shad.Data;

/// <summary>A student of the Shad directory, as imported; text fields keep the exact characters imported.</summary>
internal sealed class DirectoryUser
{
    /// <summary>The directory's own id (from the import), answered as <c>id</c>.</summary>
    public long Id { get; set; }

    /// <summary>Kept for the operator; never sent to an organizer.</summary>
    public string? NationalId { get; set; }

    public string? Name { get; set; }

    public string? Family { get; set; }

    public string Mobile { get; set; } = "";

    public string? ProvinceName { get; set; }

    public string? DistrictName { get; set; }

    public string? CourseStudy { get; set; }

    public int? FundamentalId { get; set; }

    public string? Role { get; set; }

    /// <summary>Unverified users are answered with id, hashedId and mobile only.</summary>
    public bool Verified { get; set; }

    /// <summary>Unix milliseconds, UTC, of the import that last wrote the row.</summary>
    public long UpdateTime { get; set; }
}
