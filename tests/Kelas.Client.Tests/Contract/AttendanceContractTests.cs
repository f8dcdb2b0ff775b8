using Kelas.Client.Skyroom;
using Kelas.Testing;

namespace Kelas.Client.Tests.Contract;

/// <summary>The SDK's attendance methods against the server, on sessions and connections written as room entry writes them.</summary>
public class AttendanceContractTests(SkyroomContractFixture fixture) : IClassFixture<SkyroomContractFixture>
{
    private readonly SkyroomClient client = fixture.Client;

    private KelasFactory Factory => fixture.Factory;

    private static DateTimeOffset Second(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());

    [Fact]
    public async Task SessionsComeBackOldestFirstWithTheirDurations()
    {
        var room = await fixture.CreateRoomAsync();
        var now = Second(Factory.Clock.GetUtcNow());
        var open = await Factory.AddSkyroomSessionAsync(room, now.AddMinutes(-3));
        var closed = await Factory.AddSkyroomSessionAsync(room, now.AddDays(-2), now.AddDays(-2).AddMinutes(90));

        var sessions = await client.GetSessionsAsync(room);

        Assert.Equal(
            [
                new SkyroomSession { Id = closed, RoomId = room, StartTime = now.AddDays(-2), StopTime = now.AddDays(-2).AddMinutes(90), Duration = TimeSpan.FromMinutes(90) },
                new SkyroomSession { Id = open, RoomId = room, StartTime = now.AddMinutes(-3), StopTime = null, Duration = TimeSpan.FromMinutes(3) },
            ],
            sessions);
        Assert.Equal(2, await client.GetSessionsCountAsync(room));
        Assert.Equal(sessions[1], await client.GetSessionAsync(open));
    }

    [Fact]
    public async Task ConnectionsComeBackInOrderOfEntryWithEveryField()
    {
        var room = await fixture.CreateRoomAsync();
        var user = await fixture.CreateUserAsync(nickname: "استاد");
        var now = Second(Factory.Clock.GetUtcNow());
        var session = await Factory.AddSkyroomSessionAsync(room, now.AddHours(-1));
        var teacher = await Factory.AddSkyroomConnectionAsync(session, "استاد", now.AddMinutes(-50), userId: user, access: 3);
        var student = await Factory.AddSkyroomConnectionAsync(session, "علی, \"رضایی\"", now.AddHours(-1), now.AddMinutes(-10), status: 4, apiUserId: "student-42");

        var connections = await client.GetConnectionsAsync(session);

        Assert.Equal(
            [
                new SkyroomConnection
                {
                    Id = student, Nickname = "علی, \"رضایی\"", ClientId = "@api/student-42", StartTime = now.AddHours(-1), StopTime = now.AddMinutes(-10),
                    Status = SkyroomConnectionStatus.LimitReached, ApiUserId = "student-42", Duration = TimeSpan.FromMinutes(50),
                },
                new SkyroomConnection
                {
                    Id = teacher, Nickname = "استاد", ClientId = $"user/{user}", StartTime = now.AddMinutes(-50), StopTime = null,
                    Status = SkyroomConnectionStatus.Online, ApiUserId = null, Duration = TimeSpan.FromMinutes(50),
                },
            ],
            connections);
        Assert.Equal(2, await client.GetConnectionsCountAsync(session));
    }

    [Fact]
    public async Task AnotherAccountsRoomAndSessionThrow12AndUnknownIdsNotFound()
    {
        var room = await fixture.CreateRoomAsync();
        var session = await Factory.AddSkyroomSessionAsync(room, Factory.Clock.GetUtcNow().AddMinutes(-1));
        var other = fixture.OtherClient;

        Func<Task>[] foreign = [() => other.GetSessionsAsync(room), () => other.GetSessionsCountAsync(room), () => other.GetSessionAsync(session),
            () => other.GetConnectionsAsync(session), () => other.GetConnectionsCountAsync(session)];
        foreach (var call in foreign)
        {
            var error = await Assert.ThrowsAsync<SkyroomException>(call);
            Assert.Equal((SkyroomException.NotAllowed, SkyroomMessages.NotAllowed), (error.ErrorCode, error.Message));
        }

        Func<Task>[] unknown = [() => client.GetSessionsAsync(8_000_000_000), () => client.GetSessionsCountAsync(8_000_000_000),
            () => client.GetSessionAsync(8_000_000_000), () => client.GetConnectionsAsync(8_000_000_000), () => client.GetConnectionsCountAsync(8_000_000_000)];
        foreach (var call in unknown)
        {
            var error = await Assert.ThrowsAsync<SkyroomNotFoundException>(call);
            Assert.Equal(SkyroomMessages.NotFound, error.Message);
        }
    }
}
