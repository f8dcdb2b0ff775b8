using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Server.Tests.Database;

/// <summary>Describes a database's tables, columns, indexes and foreign keys as sorted lines, for comparison.</summary>
internal static class SchemaReader
{
    public static async Task<List<string>> DescribeAsync(DbContext context, IReadOnlyCollection<string> ignoredTables)
    {
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            var lines = context.Database.IsSqlite() ? await SqliteAsync(connection) : await PostgresAsync(connection);
            return lines.Where(line => !ignoredTables.Any(t => line.StartsWith(t + " ", StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToList();
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<string>> SqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));
        foreach (var table in tables)
        {
            lines.AddRange(await ReadAsync(connection, $"PRAGMA table_info(\"{table}\")", r =>
                $"{table} column {r.GetString(1)} {r.GetString(2)} notnull={r.GetInt64(3)} pk={r.GetInt64(5)} default={(r.IsDBNull(4) ? "-" : r.GetValue(4))}"));
            lines.AddRange(await ReadAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")", r =>
                $"{table} fk {r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on delete {r.GetString(6)}"));
            var indexes = await ReadAsync(connection, $"PRAGMA index_list(\"{table}\")", r => (Name: r.GetString(1), Unique: r.GetInt64(2), Origin: r.GetString(3)));
            foreach (var index in indexes.Where(i => i.Origin == "c"))
            {
                var columns = await ReadAsync(connection, $"PRAGMA index_info(\"{index.Name}\")", r => r.GetString(2));
                lines.Add($"{table} index {index.Name} unique={index.Unique} ({string.Join(", ", columns)})");
            }

            var sql = await ReadAsync(connection, $"SELECT sql FROM sqlite_master WHERE name = '{table}'", r => r.GetString(0));
            lines.Add($"{table} autoincrement={sql[0].Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase)}");
        }

        return lines;
    }

    private static async Task<List<string>> PostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        lines.AddRange(await ReadAsync(connection, """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, '-'), is_nullable, is_identity,
                   coalesce(identity_generation, '-'), coalesce(column_default, '-')
            FROM information_schema.columns WHERE table_schema = 'public'
            """, r => $"{r.GetString(0)} column {r.GetString(1)} {r.GetString(2)}({r.GetString(3)}) nullable={r.GetString(4)} identity={r.GetString(5)}/{r.GetString(6)} default={r.GetString(7)}"));
        lines.AddRange(await ReadAsync(connection, """
            SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
            """, r => $"{r.GetString(0)} index {r.GetString(1)} {r.GetString(2)}"));
        lines.AddRange(await ReadAsync(connection, """
            SELECT rel.relname, con.conname, pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
            WHERE ns.nspname = 'public'
            """, r => $"{r.GetString(0)} constraint {r.GetString(1)} {r.GetString(2)}"));
        return lines;
    }

    private static async Task<List<T>> ReadAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> map)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
