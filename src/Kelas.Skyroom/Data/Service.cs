namespace Kelas.Skyroom.Data;

internal sealed class Service
{
    public long Id { get; set; }

    public long AccountId { get; set; }

    public required string Title { get; set; }

    public int Status { get; set; } = 1;

    public int UserLimit { get; set; }

    public int VideoLimit { get; set; }

    public long? TimeLimit { get; set; }

    public long TimeUsage { get; set; }

    /// <summary>Person-seconds ever used; unlike <see cref="TimeUsage"/> never reset.</summary>
    public long TimeTotal { get; set; }

    public long? StartTime { get; set; }

    public long? StopTime { get; set; }

    public long CreateTime { get; set; }

    public long UpdateTime { get; set; }
}
