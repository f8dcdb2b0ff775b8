namespace Kelas.Skyroom.Data;

internal sealed class Room
{
    public long Id { get; set; }

    public long AccountId { get; set; }

    public long ServiceId { get; set; }

    /// <summary>Stored lowercase: names are unique per account regardless of case.</summary>
    public required string Name { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public int Status { get; set; } = 1;

    public bool GuestLogin { get; set; }

    public int GuestLimit { get; set; }

    public bool OpLoginFirst { get; set; }

    public int? MaxUsers { get; set; }

    /// <summary>Minutes.</summary>
    public int? SessionDuration { get; set; }

    /// <summary>Person-seconds.</summary>
    public long? TimeLimit { get; set; }

    public long TimeUsage { get; set; }

    public long TimeTotal { get; set; }

    public long CreateTime { get; set; }

    public long UpdateTime { get; set; }
}
