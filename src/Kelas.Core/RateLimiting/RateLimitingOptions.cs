namespace Kelas.Core.RateLimiting;

public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary><c>memory</c> (one instance) or <c>database</c> (several instances sharing one database).</summary>
    public string Store { get; set; } = "memory";

    public bool UsesDatabase => Store.Equals("database", StringComparison.OrdinalIgnoreCase);
}
