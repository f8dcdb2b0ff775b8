using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kelas.Core.Commands;
using Kelas.Core.Text;
using Kelas.Shad.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kelas.Shad.Directory;

/// <summary>
/// <c>kelas shad users import</c>: a UTF-8 CSV with a header row, upserted by directory id in transactions of
/// <see cref="BatchSize"/> rows, each written as multi-row <c>INSERT … ON CONFLICT (id) DO UPDATE</c> statements
/// (the same SQL on SQLite and PostgreSQL).
/// </summary>
internal sealed class UserImporter(ShadDbContext db, TimeProvider clock)
{
    public const int BatchSize = 5_000;
    private const int RowsPerStatement = 500;

    public static readonly IReadOnlyList<string> Columns =
        ["id", "national_id", "name", "family", "mobile", "province", "district", "course_study", "fundamental_id", "role", "verified"];

    private static readonly string[] Required = ["id", "mobile", "verified"];

    private static readonly string[] StoredColumns =
        ["id", "national_id", "name", "family", "mobile", "province_name", "district_name", "course_study", "fundamental_id", "role", "verified", "update_time"];

    public sealed record Reject(int Line, string Reason);

    public sealed record Summary(int Rows, int Imported, int Updated, IReadOnlyList<Reject> Rejected, TimeSpan Elapsed);

    /// <param name="progress">Called after every batch with the rows read so far and the stream position.</param>
    public async Task<Summary> ImportAsync(Stream stream, Action<int, long>? progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var text = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var csv = new CsvRecordReader(text);
        var header = csv.Read() ?? throw new OperatorException("The file is empty: it needs a header row.");
        var positions = ReadHeader(header.Fields);

        var rejects = new List<Reject>();
        var batch = new Dictionary<long, DirectoryUser>();
        int rows = 0, imported = 0, updated = 0, duplicates = 0;
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            while (csv.Read() is { } record)
            {
                if (record.Fields is [""])
                {
                    continue;
                }

                rows++;
                if (Parse(record, positions, header.Fields.Count, now, out var reason) is not { } user)
                {
                    rejects.Add(new Reject(record.Line, reason));
                    continue;
                }

                if (!batch.TryAdd(user.Id, user))
                {
                    batch[user.Id] = user;
                    duplicates++;
                }

                if (batch.Count >= BatchSize)
                {
                    var (added, changed) = await WriteAsync(batch.Values, cancellationToken);
                    imported += added;
                    updated += changed;
                    batch.Clear();
                    progress?.Invoke(rows, stream.CanSeek ? stream.Position : 0);
                }
            }
        }
        catch (DecoderFallbackException)
        {
            throw new OperatorException($"The file is not valid UTF-8 (after row {rows}); rows before it were imported.");
        }

        if (batch.Count > 0)
        {
            var (added, changed) = await WriteAsync(batch.Values, cancellationToken);
            imported += added;
            updated += changed;
        }

        progress?.Invoke(rows, stream.CanSeek ? stream.Position : 0);
        return new Summary(rows, imported, updated + duplicates, rejects, Stopwatch.GetElapsedTime(started));
    }

    private static Dictionary<string, int> ReadHeader(List<string> fields)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var name = fields[i].Trim().ToLowerInvariant();
            if (!Columns.Contains(name))
            {
                throw new OperatorException($"Unknown column '{fields[i]}' in the header; the columns are: {string.Join(',', Columns)}.");
            }

            if (!positions.TryAdd(name, i))
            {
                throw new OperatorException($"Column '{name}' appears twice in the header.");
            }
        }

        var missing = Required.Where(r => !positions.ContainsKey(r)).ToList();
        return missing.Count == 0
            ? positions
            : throw new OperatorException($"The header lacks the required column(s): {string.Join(", ", missing)}.");
    }

    private static DirectoryUser? Parse(CsvRecordReader.Record record, Dictionary<string, int> positions, int width, long now, out string reason)
    {
        reason = "";
        if (record.UnterminatedQuote)
        {
            reason = "a quoted field is not closed";
            return null;
        }

        if (record.Fields.Count != width)
        {
            reason = $"expected {width} fields, found {record.Fields.Count}";
            return null;
        }

        string? Field(string name) => positions.TryGetValue(name, out var i) && record.Fields[i].Length > 0 ? record.Fields[i] : null;

        if (!long.TryParse(PersianDigits.ToLatin(Field("id")?.Trim() ?? ""), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            reason = "id must be a positive number";
            return null;
        }

        var mobile = PersianDigits.ToLatin(Field("mobile")?.Trim() ?? "");
        if (mobile.Length is < 8 or > DirectoryUserConfiguration.MaxMobileLength || !mobile.All(char.IsAsciiDigit))
        {
            reason = "mobile must be 8-20 digits";
            return null;
        }

        bool verified;
        switch (Field("verified")?.Trim().ToLowerInvariant())
        {
            case "1" or "true" or "yes":
                verified = true;
                break;
            case "0" or "false" or "no":
                verified = false;
                break;
            default:
                reason = "verified must be true/false, 1/0 or yes/no";
                return null;
        }

        int? fundamentalId = null;
        if (Field("fundamental_id") is { } fundamental)
        {
            if (!int.TryParse(PersianDigits.ToLatin(fundamental.Trim()), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                reason = "fundamental_id must be a whole number";
                return null;
            }

            fundamentalId = value;
        }

        var nationalId = Field("national_id")?.Trim();
        if (nationalId?.Length > DirectoryUserConfiguration.MaxNationalIdLength)
        {
            reason = $"national_id is longer than {DirectoryUserConfiguration.MaxNationalIdLength} characters";
            return null;
        }

        foreach (var column in (string[])["name", "family", "province", "district", "course_study", "role"])
        {
            if (Field(column)?.Length > DirectoryUserConfiguration.MaxTextLength)
            {
                reason = $"{column} is longer than {DirectoryUserConfiguration.MaxTextLength} characters";
                return null;
            }
        }

        return new DirectoryUser
        {
            Id = id,
            NationalId = nationalId,
            Name = Field("name"),
            Family = Field("family"),
            Mobile = mobile,
            ProvinceName = Field("province"),
            DistrictName = Field("district"),
            CourseStudy = Field("course_study"),
            FundamentalId = fundamentalId,
            Role = Field("role"),
            Verified = verified,
            UpdateTime = now,
        };
    }

    private async Task<(int Added, int Updated)> WriteAsync(IReadOnlyCollection<DirectoryUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Users.Where(u => ids.Contains(u.Id)).CountAsync(cancellationToken);
        // Microsoft.Data.Sqlite binds parameters by name in quadratic time, so SQLite gets one prepared single-row
        // statement (cheap there: no round trips); PostgreSQL gets multi-row statements to save round trips.
        var rowsPerStatement = db.Database.IsSqlite() ? 1 : RowsPerStatement;
        var connection = db.Database.GetDbConnection();
        DbCommand? command = null;
        try
        {
            foreach (var chunk in users.Chunk(rowsPerStatement))
            {
                if (command is null || command.Parameters.Count != chunk.Length * StoredColumns.Length)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = CreateUpsert(connection, transaction.GetDbTransaction(), chunk.Length);
                }

                var p = 0;
                foreach (var user in chunk)
                {
                    command.Parameters[p++].Value = user.Id;
                    command.Parameters[p++].Value = (object?)user.NationalId ?? DBNull.Value;
                    command.Parameters[p++].Value = (object?)user.Name ?? DBNull.Value;
                    command.Parameters[p++].Value = (object?)user.Family ?? DBNull.Value;
                    command.Parameters[p++].Value = user.Mobile;
                    command.Parameters[p++].Value = (object?)user.ProvinceName ?? DBNull.Value;
                    command.Parameters[p++].Value = (object?)user.DistrictName ?? DBNull.Value;
                    command.Parameters[p++].Value = (object?)user.CourseStudy ?? DBNull.Value;
                    command.Parameters[p++].Value = (object?)user.FundamentalId ?? DBNull.Value;
                    command.Parameters[p++].Value = (object?)user.Role ?? DBNull.Value;
                    command.Parameters[p++].Value = user.Verified;
                    command.Parameters[p++].Value = user.UpdateTime;
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return (users.Count - existing, existing);
    }

    private static DbCommand CreateUpsert(DbConnection connection, DbTransaction transaction, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = UpsertSql(rows);
        for (var p = 0; p < rows * StoredColumns.Length; p++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + p.ToString(CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static readonly Dictionary<int, string> SqlByRows = [];

    private static string UpsertSql(int rows)
    {
        lock (SqlByRows)
        {
            if (SqlByRows.TryGetValue(rows, out var cached))
            {
                return cached;
            }

            var sql = new StringBuilder("INSERT INTO shad_users (").AppendJoin(", ", StoredColumns).Append(") VALUES ");
            for (var r = 0; r < rows; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < StoredColumns.Length; c++)
                {
                    sql.Append(c == 0 ? "" : ", ").Append("@p").Append((r * StoredColumns.Length) + c);
                }

                sql.Append(')');
            }

            sql.Append(" ON CONFLICT (id) DO UPDATE SET ")
                .AppendJoin(", ", StoredColumns.Skip(1).Select(c => $"{c} = excluded.{c}"));
            return SqlByRows[rows] = sql.ToString();
        }
    }
}
