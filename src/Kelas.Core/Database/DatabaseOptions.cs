namespace Kelas.Core.Database;

/// <summary>The <c>Database</c> configuration section plus <c>ConnectionStrings:Kelas</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Bound from <c>ConnectionStrings:Kelas</c> by <see cref="KelasDatabase"/>.</summary>
    public string? ConnectionString { get; set; }

    public DatabaseProvider ParsedProvider => Provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" or "" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException(
            $"Database:Provider '{Provider}' is not supported; use 'sqlite' or 'postgres'."),
    };
}
