namespace Kelas.Client.Abrish;

/// <summary>A user to create (<see cref="UserId"/> 0) or edit with <c>postUser</c>.</summary>
public sealed record SaveAbrishUserRequest
{
    /// <summary>The user to edit, or 0 (the default) to create one.</summary>
    public long UserId { get; init; }

    /// <summary>First name; required.</summary>
    public required string FirstName { get; init; }

    /// <summary>Last name; required.</summary>
    public required string LastName { get; init; }

    /// <summary>User name: at most 16 characters, unique in the organization; required.</summary>
    public required string UserName { get; init; }

    /// <summary>Gender: <see cref="AbrishGender.Male"/> or <see cref="AbrishGender.Female"/>.</summary>
    public required AbrishGender Gender { get; init; }

    /// <summary>Whether the user has special access. Default no.</summary>
    public bool SpecialAccess { get; init; }

    /// <summary>Whether the user may sign in. Default yes.</summary>
    public bool IsEnabled { get; init; } = true;

    /// <summary>Birth date, Solar Hijri <c>yyyy/mm/dd</c>; <c>null</c> sends none.</summary>
    public string? BirthDate { get; init; }

    /// <summary>Iranian mobile number (<c>09…</c>, <c>+989…</c>); <c>null</c> sends none.</summary>
    public string? Cell { get; init; }

    /// <summary>Password; required to create, <c>null</c> on an edit keeps the current one (on Kelas).</summary>
    public string? Password { get; init; }
}
