using System.Text.Json;

namespace Kelas.Skyroom.Tests.Rooms;

public sealed class GetRoomsTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    [Fact]
    public async Task GetRoomsOfANewAccountIsAnEmptyArrayAndCountRoomsIsZero()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var api = fixture.Api.WithKey(tenant.ApiKey);

        Assert.Empty(JsonShape.Array(await api.OkAsync("getRooms")));
        var count = await api.OkAsync("countRooms");
        Assert.Equal(JsonValueKind.Number, count.ValueKind);
        Assert.Equal(0, count.GetInt32());
    }

    [Fact]
    public async Task GetRoomsReturnsSummaryFieldsOfEveryRoomInIdOrder()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var api = fixture.Api.WithKey(tenant.ApiKey);
        var meeting = (await api.OkAsync("createRoom", new { name = "meeting", title = "اتاق جلسات" })).GetInt64();
        var php = (await api.OkAsync("createRoom", new { name = "learning-php", title = "کلاس آموزش PHP", status = 0, description = "not listed" })).GetInt64();

        var rooms = JsonShape.Array(await api.OkAsync("getRooms"));

        Assert.Equal(2, rooms.Length);
        foreach (var room in rooms)
        {
            JsonShape.Fields(JsonShape.RoomSummary, room);
            JsonShape.Integer(room, "id");
            JsonShape.Integer(room, "service_id");
            JsonShape.Integer(room, "status");
            Assert.Equal(tenant.ServiceId, room.GetProperty("service_id").GetInt64());
        }

        Assert.Equal([meeting, php], rooms.Select(r => r.GetProperty("id").GetInt64()));
        Assert.Equal(["meeting", "learning-php"], rooms.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(["اتاق جلسات", "کلاس آموزش PHP"], rooms.Select(r => r.GetProperty("title").GetString()));
        Assert.Equal([1, 0], rooms.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal(2, (await api.OkAsync("countRooms")).GetInt32());
    }

    [Fact]
    public async Task CountRoomsFollowsCreateAndDelete()
    {
        var tenant = await fixture.Factory.CreateSkyroomTenantAsync();
        var api = fixture.Api.WithKey(tenant.ApiKey);
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await api.CreateRoomAsync());
        }

        Assert.Equal(3, (await api.OkAsync("countRooms")).GetInt32());
        await api.OkAsync("deleteRoom", new { room_id = ids[1] });
        Assert.Equal(2, (await api.OkAsync("countRooms")).GetInt32());
        Assert.Equal([ids[0], ids[2]], JsonShape.Array(await api.OkAsync("getRooms")).Select(r => r.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task GetRoomsAndCountRoomsIgnoreUnknownParams()
    {
        var before = (await fixture.Api.OkAsync("countRooms")).GetInt32();

        Assert.Equal(before, (await fixture.Api.OkAsync("countRooms", new { status = 1, foo = "bar" })).GetInt32());
        Assert.Equal(before, JsonShape.Array(await fixture.Api.OkAsync("getRooms", new { limit = 1, offset = "x" })).Length);
    }
}
