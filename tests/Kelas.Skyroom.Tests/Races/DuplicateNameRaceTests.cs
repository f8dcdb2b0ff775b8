using System.Text.Json;

namespace Kelas.Skyroom.Tests.Races;

/// <summary>Concurrent writers of one name: the database's unique index decides, and every loser gets the duplicate message.</summary>
public sealed class DuplicateNameRaceTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private const int Callers = 50;

    private SkyroomWire Api => fixture.Api;

    private static async Task<JsonElement[]> InParallelAsync(Func<int, Task<JsonElement>> call)
    {
        using var start = new SemaphoreSlim(0);
        var calls = Enumerable.Range(0, Callers).Select(async i =>
        {
            await start.WaitAsync();
            return await call(i);
        }).ToList();
        start.Release(Callers);
        return await Task.WhenAll(calls);
    }

    private static void AssertOneWinner(JsonElement[] envelopes, string duplicateMessage)
    {
        var winners = envelopes.Where(e => e.GetProperty("ok").GetBoolean()).ToList();
        var losers = envelopes.Where(e => !e.GetProperty("ok").GetBoolean()).Select(SkyroomWire.Error).ToList();
        Assert.Single(winners);
        Assert.Equal(JsonValueKind.Number, winners[0].GetProperty("result").ValueKind);
        Assert.Equal(Callers - 1, losers.Count);
        Assert.All(losers, loser => Assert.Equal((14, duplicateMessage), loser));
    }

    /// <summary>The same letters in a different mix of upper and lower case for each caller.</summary>
    private static string CaseVariant(string name, int seed) =>
        new(name.Select((c, i) => ((seed >> (i % 6)) & 1) == 1 ? char.ToUpperInvariant(c) : c).ToArray());

    [Fact]
    public async Task ParallelCreateRoomWithOneNameCreatesExactlyOneRoom()
    {
        var name = SkyroomApiFixture.UniqueName("race");

        var envelopes = await InParallelAsync(_ => Api.CallAsync("createRoom", new { name }));

        AssertOneWinner(envelopes, SkyroomMessages.DuplicateRoom);
        var id = envelopes.Single(e => e.GetProperty("ok").GetBoolean()).GetProperty("result").GetInt64();
        Assert.Equal(id, (await Api.OkAsync("getRoom", new { name })).GetProperty("id").GetInt64());
        Assert.Single(JsonShape.Array(await Api.OkAsync("getRooms")), r => r.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task ParallelCreateRoomWithNamesDifferingOnlyInCaseCreatesExactlyOneRoom()
    {
        var name = "race-" + Guid.NewGuid().ToString("N")[..12];

        var envelopes = await InParallelAsync(i => Api.CallAsync("createRoom", new { name = CaseVariant(name, i), title = $"caller {i}" }));

        AssertOneWinner(envelopes, SkyroomMessages.DuplicateRoom);
        Assert.Single(JsonShape.Array(await Api.OkAsync("getRooms")), r => r.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task ParallelCreateUserWithOneUsernameCreatesExactlyOneUser()
    {
        var username = SkyroomApiFixture.UniqueName("race");

        var envelopes = await InParallelAsync(i => Api.CallAsync("createUser", new { username, password = $"p{i}", nickname = $"caller {i}" }));

        AssertOneWinner(envelopes, SkyroomMessages.DuplicateUsername);
        var id = envelopes.Single(e => e.GetProperty("ok").GetBoolean()).GetProperty("result").GetInt64();
        Assert.Equal(id, (await Api.OkAsync("getUser", new { username })).GetProperty("id").GetInt64());
        Assert.Single(JsonShape.Array(await Api.OkAsync("getUsers")), u => u.GetProperty("username").GetString() == username);
    }

    [Fact]
    public async Task ParallelCreateUserWithUsernamesDifferingOnlyInCaseCreatesExactlyOneUser()
    {
        var username = "race-" + Guid.NewGuid().ToString("N")[..12];

        var envelopes = await InParallelAsync(i => Api.CallAsync("createUser", new { username = CaseVariant(username, i), password = "p", nickname = "n" }));

        AssertOneWinner(envelopes, SkyroomMessages.DuplicateUsername);
        Assert.Single(JsonShape.Array(await Api.OkAsync("getUsers")), u => u.GetProperty("username").GetString() == username);
    }

    [Fact]
    public async Task ParallelRenamesOfDifferentRoomsToOneNameLeaveExactlyOneRoomWithIt()
    {
        var rooms = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            rooms.Add(await Api.CreateRoomAsync());
        }

        var name = SkyroomApiFixture.UniqueName("target");
        var envelopes = await Task.WhenAll(rooms.Select(room => Api.CallAsync("updateRoom", new { room_id = room, name })));

        Assert.Single(envelopes, e => e.GetProperty("ok").GetBoolean());
        Assert.All(envelopes.Where(e => !e.GetProperty("ok").GetBoolean()), e => Assert.Equal((14, SkyroomMessages.DuplicateRoom), SkyroomWire.Error(e)));
        Assert.Single(JsonShape.Array(await Api.OkAsync("getRooms")), r => r.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task ParallelAddRoomUsersOfOnePairAllSucceedWithOneRow()
    {
        var room = await Api.CreateRoomAsync();
        var user = await Api.CreateUserAsync();

        var envelopes = await InParallelAsync(i => Api.CallAsync("addRoomUsers", new { room_id = room, users = new[] { new { user_id = user, access = 1 + (i % 4) } } }));

        Assert.All(envelopes, e => Assert.Equal(1, SkyroomWire.Result(e).GetInt32()));
        Assert.Equal(1, await fixture.Factory.QuerySkyroomAsync(db => db.RoomUserRowsAsync(room)));
        Assert.InRange(Assert.Single(JsonShape.Array(await Api.OkAsync("getRoomUsers", new { room_id = room }))).GetProperty("access").GetInt32(), 1, 4);
    }
}
