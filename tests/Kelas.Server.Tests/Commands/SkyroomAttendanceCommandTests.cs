using System.Text;

namespace Kelas.Server.Tests.Commands;

/// <summary><c>kelas skyroom attendance</c> through the real command line, on sessions and connections written as room entry writes them.</summary>
public sealed class SkyroomAttendanceCommandTests : IAsyncLifetime
{
    private const string Header =
        "session_id,session_start,session_stop,connection_id,nickname,client_id,api_user_id,user_id,access,guest,start_time,stop_time,duration_seconds,status";

    private static readonly TimeSpan Tehran = TimeSpan.FromHours(3.5);

    private readonly TestDatabase database = new();
    private KelasFactory factory = null!;
    private SkyroomTenant tenant = null!;
    private long room;

    public async Task InitializeAsync()
    {
        factory = new KelasFactory(database: database);
        tenant = await factory.CreateSkyroomTenantAsync("acme");
        room = await CreateRoomAsync(tenant, "math-101");
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task WritesABomHeaderAndOneRowPerConnectionWithTehranTimesAndStatusWords()
    {
        var start = At(2026, 11, 22, 14, 30);
        var session = await factory.AddSkyroomSessionAsync(room, start, start.AddMinutes(90));
        var teacher = await factory.AddSkyroomConnectionAsync(session, "استاد", start, start.AddMinutes(90), status: 3, userId: 77, access: 3);
        var student = await factory.AddSkyroomConnectionAsync(session, "علی, \"رضایی\"", start.AddMinutes(5), start.AddMinutes(65), status: 2, apiUserId: "student-42");
        var guest = await factory.AddSkyroomConnectionAsync(session, "میهمان\nدوم", start.AddMinutes(10), start.AddMinutes(11).AddSeconds(7), guest: true, clientId: "guest/k3j");

        var run = await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "math-101");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(
            "\uFEFF" + Header + "\r\n"
            + $"{session},2026-11-22T14:30:00+03:30,2026-11-22T16:00:00+03:30,{teacher},استاد,user/77,,77,3,false,2026-11-22T14:30:00+03:30,2026-11-22T16:00:00+03:30,5400,session_ended\r\n"
            + $"{session},2026-11-22T14:30:00+03:30,2026-11-22T16:00:00+03:30,{student},\"علی, \"\"رضایی\"\"\",@api/student-42,student-42,,1,false,2026-11-22T14:35:00+03:30,2026-11-22T15:35:00+03:30,3600,removed\r\n"
            + $"{session},2026-11-22T14:30:00+03:30,2026-11-22T16:00:00+03:30,{guest},\"میهمان\nدوم\",guest/k3j,,,1,true,2026-11-22T14:40:00+03:30,2026-11-22T14:41:07+03:30,67,left\r\n",
            run.Output);

        var rows = Csv.Parse(run.Output);
        Assert.Equal("علی, \"رضایی\"", rows[2][4]);
        Assert.Equal("میهمان\nدوم", rows[3][4]);
    }

    [Fact]
    public async Task AnOpenSessionAndAnOnlineConnectionHaveEmptyStopsAndCountUpToNow()
    {
        var start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).AddMinutes(-10);
        var session = await factory.AddSkyroomSessionAsync(room, start);
        await factory.AddSkyroomConnectionAsync(session, "Sara", start.AddMinutes(1));
        await factory.AddSkyroomConnectionAsync(session, "Lost", start, start.AddMinutes(2), status: 5);

        var rows = Csv.Parse((await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "math-101")).Output);

        Assert.Equal(3, rows.Count);
        Assert.Equal(("Lost", "", "120", "lost"), (rows[1][4], rows[1][2], rows[1][12], rows[1][13]));
        Assert.Equal(("Sara", "", "", "online"), (rows[2][4], rows[2][2], rows[2][11], rows[2][13]));
        Assert.InRange(long.Parse(rows[2][12], System.Globalization.CultureInfo.InvariantCulture), 540, 540 + 600);
    }

    [Theory]
    [InlineData(4, "limit_reached")]
    [InlineData(0, "left")]
    [InlineData(9, "9")]
    public async Task StatusIsWrittenAsAWord(int status, string word)
    {
        var start = At(2026, 11, 1, 10, 0);
        var session = await factory.AddSkyroomSessionAsync(room, start, start.AddHours(1));
        await factory.AddSkyroomConnectionAsync(session, "n", start, start.AddHours(1), status: status);

        var rows = Csv.Parse((await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "math-101")).Output);

        Assert.Equal(word, rows[1][13]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")")]
    [InlineData("+98 912", "'+98 912")]
    [InlineData("@sum", "'@sum")]
    [InlineData("- علی", "'- علی")]
    [InlineData("علی-رضا", "علی-رضا")]
    public async Task NicknamesThatASpreadsheetWouldRunAsFormulasAreWrittenAsText(string nickname, string written)
    {
        var start = At(2026, 11, 1, 10, 0);
        var session = await factory.AddSkyroomSessionAsync(room, start, start.AddHours(1));
        await factory.AddSkyroomConnectionAsync(session, nickname, start, start.AddHours(1), guest: true);

        var rows = Csv.Parse((await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "math-101")).Output);

        Assert.Equal(written, rows[1][4]);
    }

    [Theory]
    [InlineData("2026-11-21", "2026-11-22")]
    [InlineData("1405/08/30", "1405/09/01")]
    [InlineData("۱۴۰۵/۰۸/۳۰", "۱۴۰۵/۰۹/۰۱")]
    [InlineData("2026/11/21", "1405/09/01")]
    public async Task FromAndToAreWholeTehranDaysAndSessionsThatOverlapThemAreIncluded(string from, string to)
    {
        var sessions = await AddDaySessionsAsync();

        var run = await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "math-101", "--from", from, "--to", to);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(
            [sessions["open since the 20th"], sessions["across the night into the 21st"], sessions["21st"], sessions["early on the 22nd, still the 21st in UTC"], sessions["22nd"]],
            SessionIds(run.Output));
    }

    [Fact]
    public async Task FromAloneAndToAloneCutOnlyTheirSideAtTehranMidnight()
    {
        var sessions = await AddDaySessionsAsync();

        var from = await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "math-101", "--from", "1405/09/01");
        var to = await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "math-101", "--to", "2026-11-20");
        var toThe21st = await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "math-101", "--to", "1405/08/30");

        Assert.Equal([sessions["open since the 20th"], sessions["early on the 22nd, still the 21st in UTC"], sessions["22nd"], sessions["23rd at midnight"]], SessionIds(from.Output));
        Assert.Equal([sessions["19th"], sessions["open since the 20th"], sessions["across the night into the 21st"]], SessionIds(to.Output));
        Assert.DoesNotContain(sessions["early on the 22nd, still the 21st in UTC"], SessionIds(toThe21st.Output));
        Assert.Contains(sessions["21st"], SessionIds(toThe21st.Output));
    }

    [Fact]
    public async Task OutputWritesTheSameCsvToAFileWithAUtf8ByteOrderMark()
    {
        var start = At(2026, 11, 22, 9, 0);
        var session = await factory.AddSkyroomSessionAsync(room, start, start.AddHours(1));
        await factory.AddSkyroomConnectionAsync(session, "زهرا", start, start.AddHours(1), apiUserId: "s-1");
        var path = Path.Combine(Path.GetTempPath(), $"kelas-attendance-{Guid.NewGuid():N}.csv");
        try
        {
            var toFile = await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "math-101", "--output", path);
            var toStdout = await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "math-101");

            Assert.True(toFile.ExitCode == 0, toFile.Error);
            Assert.Equal(string.Empty, toFile.Output);
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            Assert.NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[3..6]);
            Assert.Equal(toStdout.Output, new UTF8Encoding(false).GetString(bytes));
            Assert.Contains(",زهرا,@api/s-1,s-1,", toStdout.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task TheRoomMayBeGivenByIdAndAnEmptyRoomGivesOnlyTheHeader()
    {
        var run = await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", room.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("\uFEFF" + Header + "\r\n", run.Output);
        Assert.Equal(0, (await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "MATH-101")).ExitCode);
    }

    [Fact]
    public async Task AnUnknownAccountOrRoomOrAnotherAccountsRoomFailsWithAClearMessage()
    {
        var other = await factory.CreateSkyroomTenantAsync("other-school");
        var theirs = await CreateRoomAsync(other, "their-room");
        var path = Path.Combine(Path.GetTempPath(), $"kelas-attendance-{Guid.NewGuid():N}.csv");

        var noAccount = await CommandRun.RunAsync(database, "skyroom", "attendance", "nobody", "math-101");
        var noRoom = await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "physics", "--output", path);
        var theirName = await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "their-room");
        var theirId = await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", theirs.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((1, "", "error: No account named 'nobody'."), (noAccount.ExitCode, noAccount.Output, noAccount.Error.Trim()));
        Assert.Equal((1, "", "error: Account 'acme' has no room 'physics'."), (noRoom.ExitCode, noRoom.Output, noRoom.Error.Trim()));
        Assert.False(File.Exists(path));
        Assert.Equal((1, "error: Account 'acme' has no room 'their-room'."), (theirName.ExitCode, theirName.Error.Trim()));
        Assert.Equal(1, theirId.ExitCode);
        Assert.Contains("has no room", theirId.Error);
    }

    [Theory]
    [InlineData("--from", "yesterday", "--from 'yesterday' is not a day")]
    [InlineData("--to", "1402/12/30", "--to '1402/12/30' is not a day")]
    [InlineData("--to", "2026-11-22T10:00", "--to '2026-11-22T10:00' is not a day")]
    public async Task DatesThatAreNotDaysAreRefused(string option, string value, string message)
    {
        var run = await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "math-101", option, value);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public async Task FromAfterToIsRefused()
    {
        var run = await CommandRun.RunAsync(database, "skyroom", "attendance", "acme", "math-101", "--from", "2026-11-23", "--to", "1405/09/01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--from must not be after --to", run.Error);
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, Tehran);

    private async Task<long> CreateRoomAsync(SkyroomTenant owner, string name) =>
        (await new SkyroomWire(factory.CreateClient(), owner.ApiKey).OkAsync("createRoom", new { name })).GetInt64();

    /// <summary>Sessions around 21–22 November 2026 (1405/08/30–1405/09/01), each with one connection.</summary>
    private async Task<Dictionary<string, long>> AddDaySessionsAsync()
    {
        var sessions = new Dictionary<string, long>
        {
            ["19th"] = await AddAsync(At(2026, 11, 19, 10, 0), At(2026, 11, 19, 11, 0)),
            ["across the night into the 21st"] = await AddAsync(At(2026, 11, 20, 23, 30), At(2026, 11, 21, 0, 30)),
            ["21st"] = await AddAsync(At(2026, 11, 21, 10, 0), At(2026, 11, 21, 11, 0)),
            ["early on the 22nd, still the 21st in UTC"] = await AddAsync(At(2026, 11, 22, 2, 0), At(2026, 11, 22, 2, 45)),
            ["22nd"] = await AddAsync(At(2026, 11, 22, 23, 0), At(2026, 11, 22, 23, 59)),
            ["23rd at midnight"] = await AddAsync(At(2026, 11, 23, 0, 0), At(2026, 11, 23, 1, 0)),
            ["open since the 20th"] = await AddAsync(At(2026, 11, 20, 8, 0), null),
        };
        return sessions;

        async Task<long> AddAsync(DateTimeOffset start, DateTimeOffset? stop)
        {
            var session = await factory.AddSkyroomSessionAsync(room, start, stop);
            await factory.AddSkyroomConnectionAsync(session, "دانشجو", start, stop);
            return session;
        }
    }

    private static long[] SessionIds(string csv) =>
        Csv.Parse(csv).Skip(1).Select(r => long.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>A strict RFC 4180 reader for the assertions: CRLF record ends, quoted fields with doubled quotes.</summary>
    private static class Csv
    {
        public static List<string[]> Parse(string text)
        {
            Assert.StartsWith("\uFEFF", text);
            Assert.EndsWith("\r\n", text);
            var records = new List<string[]>();
            var fields = new List<string>();
            var field = new StringBuilder();
            var i = 1;
            while (i < text.Length)
            {
                if (text[i] == '"' && field.Length == 0)
                {
                    i++;
                    while (!(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')))
                    {
                        field.Append(text[i]);
                        i += text[i] == '"' ? 2 : 1;
                    }

                    i++;
                    Assert.True(text[i] is ',' or '\r', "a quoted field must end at a comma or the record's end");
                }

                if (text[i] == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    i++;
                }
                else if (text[i] == '\r')
                {
                    Assert.Equal('\n', text[i + 1]);
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    Assert.Equal(14, fields.Count);
                    fields.Clear();
                    i += 2;
                }
                else
                {
                    Assert.NotEqual('"', text[i]);
                    Assert.NotEqual('\n', text[i]);
                    field.Append(text[i]);
                    i++;
                }
            }

            Assert.Equal(Header, string.Join(',', records[0]));
            return records;
        }
    }
}
