using Kelas.Client.Skyroom;
using Kelas.Client.Tests.Support;

namespace Kelas.Client.Tests.Skyroom;

public class SkyroomClientAttendanceTests
{
    [Fact]
    public async Task GetSessionsReadsClosedAndOpenSessions()
    {
        var handler = StubHttpHandler.Result("""
            [{"id":31,"room_id":4,"start_time":1795850000,"stop_time":1795855400,"duration":5400},
             {"id":35,"room_id":4,"start_time":1795940000,"stop_time":null,"duration":125}]
            """);

        var sessions = await SkyroomTestClient.Create(handler).GetSessionsAsync(4);

        Assert.Equal(
            [
                new SkyroomSession
                {
                    Id = 31, RoomId = 4, StartTime = DateTimeOffset.FromUnixTimeSeconds(1795850000),
                    StopTime = DateTimeOffset.FromUnixTimeSeconds(1795855400), Duration = TimeSpan.FromSeconds(5400),
                },
                new SkyroomSession
                {
                    Id = 35, RoomId = 4, StartTime = DateTimeOffset.FromUnixTimeSeconds(1795940000), StopTime = null, Duration = TimeSpan.FromSeconds(125),
                },
            ],
            sessions);
        Assert.False(sessions[0].IsOpen);
        Assert.True(sessions[1].IsOpen);
    }

    [Fact]
    public async Task GetSessionReadsNumbersAsStringsAndIgnoresUnknownFields()
    {
        var handler = StubHttpHandler.Result("""
            {"id":"35","room_id":"4","start_time":"1795940000","stop_time":"","duration":"60","users":7}
            """);

        var session = await SkyroomTestClient.Create(handler).GetSessionAsync(35);

        Assert.Equal(35, session.Id);
        Assert.Equal(4, session.RoomId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795940000), session.StartTime);
        Assert.Null(session.StopTime);
        Assert.Equal(TimeSpan.FromMinutes(1), session.Duration);
    }

    [Fact]
    public async Task GetConnectionsReadsEveryFieldAndTheStatuses()
    {
        var handler = StubHttpHandler.Result("""
            [{"id":7,"nickname":"علی, \"رضایی\"","client_id":"@api/student-42","start_time":1795850000,"stop_time":1795852700,
              "status":2,"api_user_id":"student-42","duration":2700},
             {"id":8,"nickname":"استاد","client_id":"user/3","start_time":"1795850100","stop_time":null,"status":"1","api_user_id":null,"duration":300},
             {"id":9,"nickname":"میهمان","client_id":"guest/x","start_time":1795850200,"stop_time":1795850260,"status":9,"duration":60}]
            """);

        var connections = await SkyroomTestClient.Create(handler).GetConnectionsAsync(31);

        Assert.Equal(
            new SkyroomConnection
            {
                Id = 7, Nickname = "علی, \"رضایی\"", ClientId = "@api/student-42",
                StartTime = DateTimeOffset.FromUnixTimeSeconds(1795850000), StopTime = DateTimeOffset.FromUnixTimeSeconds(1795852700),
                Status = SkyroomConnectionStatus.Removed, ApiUserId = "student-42", Duration = TimeSpan.FromSeconds(2700),
            },
            connections[0]);
        Assert.Equal((SkyroomConnectionStatus.Online, (string?)null, (DateTimeOffset?)null), (connections[1].Status, connections[1].ApiUserId, connections[1].StopTime));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795850100), connections[1].StartTime);
        Assert.Equal((SkyroomConnectionStatus)9, connections[2].Status);
        Assert.Null(connections[2].ApiUserId);
    }

    [Theory]
    [InlineData("getSessionsCount", "3")]
    [InlineData("getSessionsCount", "\"3\"")]
    [InlineData("getConnectionsCount", "3")]
    public async Task CountsAreReadFromNumbersAndNumericStrings(string action, string result)
    {
        var client = SkyroomTestClient.Create(StubHttpHandler.Result(result));

        var count = action == "getSessionsCount" ? await client.GetSessionsCountAsync(1) : await client.GetConnectionsCountAsync(1);

        Assert.Equal(3, count);
    }

    [Fact]
    public async Task AnotherAccountsSessionIsError12AndAMissingOneNotFound()
    {
        var handler = StubHttpHandler.Sequence(
            () => StubHttpHandler.Error(12, "درخواست شما غیرمجاز است."),
            () => StubHttpHandler.Error(15, "داده\u200c مورد نظر پیدا نشد."));
        var client = SkyroomTestClient.Create(handler);

        var notAllowed = await Assert.ThrowsAsync<SkyroomException>(() => client.GetConnectionsAsync(5));
        var notFound = await Assert.ThrowsAsync<SkyroomNotFoundException>(() => client.GetSessionAsync(6));

        Assert.Equal((SkyroomException.NotAllowed, "درخواست شما غیرمجاز است."), (notAllowed.ErrorCode, notAllowed.Message));
        Assert.IsNotType<SkyroomNotFoundException>(notAllowed);
        Assert.Equal(SkyroomException.NotFound, notFound.ErrorCode);
    }

    [Fact]
    public async Task ADurationThatIsNotANumberIsAnUnreadableAnswer()
    {
        var client = SkyroomTestClient.Create(StubHttpHandler.Result("""{"id":1,"room_id":2,"start_time":3,"stop_time":null,"duration":"soon"}"""));

        var error = await Assert.ThrowsAsync<SkyroomException>(() => client.GetSessionAsync(1));

        Assert.Null(error.ErrorCode);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }
}
