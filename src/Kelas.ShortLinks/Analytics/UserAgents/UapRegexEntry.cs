namespace Kelas.ShortLinks.Analytics.UserAgents;

/// <summary>One entry of a uap-core parser list; the members Kelas does not use (versions, brands, models) are ignored.</summary>
internal sealed class UapRegexEntry
{
    public string? Regex { get; set; }

    /// <summary>'i' for a case-insensitive pattern.</summary>
    public string? RegexFlag { get; set; }

    public string? FamilyReplacement { get; set; }

    public string? OsReplacement { get; set; }

    public string? OsV1Replacement { get; set; }

    public string? DeviceReplacement { get; set; }
}
