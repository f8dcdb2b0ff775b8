namespace Kelas.Core.Database;

/// <summary>The <c>Database</c> configuration section plus <c>ConnectionStrings:Kelas</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Bound from <c>ConnectionStrings:Kelas</c> by <see cref="KelasDatabase"/>.</summary>
    public string? ConnectionString { get; set; }

    public bool HasKnownProvider => TryParseProvider(out _);

    public DatabaseProvider ParsedProvider => TryParseProvider(out var provider)
        ? provider
        : throw new InvalidOperationException($"Database:Provider '{Provider}' is not supported; use 'sqlite' or 'postgres'.");

    private bool TryParseProvider(out DatabaseProvider provider)
    {
        (var known, provider) = Provider.Trim().ToLowerInvariant() switch
        {
            "sqlite" or "" => (true, DatabaseProvider.Sqlite),
            "postgres" or "postgresql" or "npgsql" => (true, DatabaseProvider.Postgres),
            _ => (false, DatabaseProvider.Sqlite),
        };
        return known;
    }
}
