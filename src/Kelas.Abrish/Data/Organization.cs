namespace Kelas.Abrish.Data;

internal sealed class Organization
{
    public long Id { get; set; }

    public long RegistrantId { get; set; }

    public string Name { get; set; } = "";

    public string PlanType { get; set; } = "";

    /// <summary>Expiry date, Solar Hijri <c>yyyy/mm/dd</c> zero-padded, so ordinal order is date order.</summary>
    public string Duration { get; set; } = "";

    public int AllowedUsers { get; set; }

    /// <summary>Kept in step with the users inside the same transaction that adds one, so a full organization is decided by the database.</summary>
    public int UsersCount { get; set; }

    public int RolesCount { get; set; }

    public long CreateTime { get; set; }
}
