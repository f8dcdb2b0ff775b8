using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kelas.Testing;

/// <summary>
/// A database of its own for one test fixture: a fresh SQLite file, or, when <c>KELAS_TEST_POSTGRES</c> holds a
/// connection string (the CI's PostgreSQL lane), a fresh database on that server, dropped afterwards.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "KELAS_TEST_POSTGRES";

    private readonly string? sqliteDirectory;
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    public TestDatabase()
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(postgres))
        {
            sqliteDirectory = Directory.CreateTempSubdirectory("kelas-test-").FullName;
            Provider = "sqlite";
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(sqliteDirectory, "kelas.db") }.ToString();
            return;
        }

        postgresAdmin = postgres;
        postgresName = "kelas_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(postgresAdmin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{postgresName}\"", connection);
            create.ExecuteNonQuery();
        }

        Provider = "postgres";
        ConnectionString = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = postgresName }.ToString();
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Kelas"] = ConnectionString,
    };

    public void Dispose()
    {
        if (sqliteDirectory is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(sqliteDirectory, recursive: true);
            }
            catch (IOException)
            {
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(postgresAdmin);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
