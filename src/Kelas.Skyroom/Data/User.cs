namespace Kelas.Skyroom.Data;

internal sealed class User
{
    public long Id { get; set; }

    public long AccountId { get; set; }

    /// <summary>Stored lowercase, unique per account.</summary>
    public required string Username { get; set; }

    public required string PasswordHash { get; set; }

    public required string Nickname { get; set; }

    public string? Email { get; set; }

    public string? Fname { get; set; }

    public string? Lname { get; set; }

    public int Gender { get; set; }

    public int Status { get; set; } = 1;

    public bool IsPublic { get; set; }

    /// <summary>0 = unlimited.</summary>
    public int Concurrent { get; set; } = 1;

    public long? TimeLimit { get; set; }

    public long TimeUsage { get; set; }

    public long TimeTotal { get; set; }

    public long? ExpiryDate { get; set; }

    public long CreateTime { get; set; }

    public long UpdateTime { get; set; }
}
