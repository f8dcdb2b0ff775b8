using System.Globalization;
using System.Text;
using Kelas.Core.Commands;
using Kelas.Core.Time;
using Kelas.Skyroom.Data;
using Kelas.Skyroom.Rooms;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Skyroom.Attendance;

/// <summary>
/// <c>kelas skyroom attendance</c>: a room's connections as an RFC 4180 CSV, one row per connection, for
/// spreadsheets. UTF-8 with a byte order mark (Excel needs it to read Persian), CRLF line ends, times in
/// Tehran time with their offset.
/// </summary>
internal sealed class AttendanceReport(SkyroomDbContext db, TimeProvider clock)
{
    public static readonly string[] Columns =
    [
        "session_id", "session_start", "session_stop", "connection_id", "nickname", "client_id", "api_user_id", "user_id",
        "access", "guest", "start_time", "stop_time", "duration_seconds", "status",
    ];

    /// <summary>The room's sessions that overlap [<see cref="From"/>, <see cref="Until"/>); either end may be open.</summary>
    public sealed record Query(long RoomId, DateTimeOffset? From, DateTimeOffset? Until);

    /// <summary>
    /// Finds the account's room by name, or by id when no room has that name; an unknown account or room is the
    /// operator's mistake. <paramref name="until"/> is exclusive: the start of the day after <c>--to</c>.
    /// </summary>
    public async Task<Query> PrepareAsync(string slug, string room, DateTimeOffset? from, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        if (from is not null && until is not null && from >= until)
        {
            throw new OperatorException("--from must not be after --to.");
        }

        var accountId = await db.Accounts.Where(a => a.Slug == slug).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new OperatorException($"No account named '{slug}'.");
        long? roomId = null;
        if (RoomNames.TryNormalize(room, out var name))
        {
            roomId = await db.Rooms.Where(r => r.AccountId == accountId && r.Name == name).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
        }

        if (roomId is null && long.TryParse(room, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            roomId = await db.Rooms.Where(r => r.AccountId == accountId && r.Id == id).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
        }

        return new Query(roomId ?? throw new OperatorException($"Account '{slug}' has no room '{room}'."), from, until);
    }

    /// <summary>Writes the header and one row per connection, sessions oldest first and connections in order of entry; returns the row count.</summary>
    public async Task<int> WriteCsvAsync(Query query, TextWriter output, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var sessions = db.Sessions.AsNoTracking().Where(s => s.RoomId == query.RoomId);
        if (query.From is { } from)
        {
            var fromSeconds = from.ToUnixTimeSeconds();
            sessions = sessions.Where(s => s.StopTime == null || s.StopTime > fromSeconds);
        }

        if (query.Until is { } until)
        {
            var untilSeconds = until.ToUnixTimeSeconds();
            sessions = sessions.Where(s => s.StartTime < untilSeconds);
        }

        var rows = from s in sessions
                   join c in db.Connections.AsNoTracking() on s.Id equals c.SessionId
                   orderby s.StartTime, s.Id, c.StartTime, c.Id
                   select new { Session = s, Connection = c };

        output.Write('\uFEFF');
        WriteRow(output, Columns);
        var count = 0;
        var fields = new string[Columns.Length];
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var (s, c) = (row.Session, row.Connection);
            fields[0] = Number(s.Id);
            fields[1] = KelasDates.ToTehranIso(s.StartTime);
            fields[2] = s.StopTime is { } sessionStop ? KelasDates.ToTehranIso(sessionStop) : string.Empty;
            fields[3] = Number(c.Id);
            fields[4] = Neutralized(c.Nickname);
            fields[5] = c.ClientId;
            fields[6] = c.ApiUserId ?? string.Empty;
            fields[7] = c.UserId is { } userId ? Number(userId) : string.Empty;
            fields[8] = Number(c.Access);
            fields[9] = c.IsGuest ? "true" : "false";
            fields[10] = KelasDates.ToTehranIso(c.StartTime);
            fields[11] = c.StopTime is { } stop ? KelasDates.ToTehranIso(stop) : string.Empty;
            fields[12] = Number(AttendanceDurations.Seconds(c.StartTime, c.StopTime, now));
            fields[13] = StatusWord(c.Status);
            WriteRow(output, fields);
            count++;
        }

        await output.FlushAsync(cancellationToken);
        return count;
    }

    public static string StatusWord(int status) => status switch
    {
        ConnectionStatus.Online => "online",
        ConnectionStatus.Left => "left",
        ConnectionStatus.Removed => "removed",
        ConnectionStatus.SessionEnded => "session_ended",
        ConnectionStatus.LimitReached => "limit_reached",
        ConnectionStatus.Lost => "lost",
        _ => Number(status),
    };

    /// <summary>One record: fields joined by commas, quoted when they hold a comma, quote or line break (quotes doubled), CRLF at the end.</summary>
    public static void WriteRow(TextWriter output, IReadOnlyList<string> fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(field);
            }
        }

        output.Write(line.Append("\r\n"));
    }

    /// <summary>
    /// Guests type their own nicknames, and a spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or
    /// <c>@</c> as a formula: such a nickname is written after an apostrophe, which shows it as text.
    /// </summary>
    private static string Neutralized(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
