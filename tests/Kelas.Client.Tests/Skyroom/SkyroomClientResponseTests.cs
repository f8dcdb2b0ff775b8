using Kelas.Client.Skyroom;
using Kelas.Client.Tests.Support;

namespace Kelas.Client.Tests.Skyroom;

public class SkyroomClientResponseTests
{
    [Fact]
    public async Task GetRoomReadsTheDocumentedExample()
    {
        var handler = StubHttpHandler.Result("""
            {"id":1,"service_id":8230,"name":"meeting","title":"اتاق جلسات","description":null,"status":1,
             "guest_login":false,"guest_limit":0,"op_login_first":true,"max_users":8,"session_duration":null,
             "time_limit":null,"time_usage":184486,"time_total":3144460,"create_time":1479021434,"update_time":1501559112}
            """);

        var room = await SkyroomTestClient.Create(handler).GetRoomAsync(1);

        Assert.Equal(
            new SkyroomRoom
            {
                Id = 1,
                ServiceId = 8230,
                Name = "meeting",
                Title = "اتاق جلسات",
                Description = null,
                Status = SkyroomStatus.Active,
                GuestLogin = false,
                GuestLimit = 0,
                OpLoginFirst = true,
                MaxUsers = 8,
                SessionDuration = null,
                TimeLimit = null,
                TimeUsage = 184486,
                TimeTotal = 3144460,
                CreateTime = DateTimeOffset.FromUnixTimeSeconds(1479021434),
                UpdateTime = DateTimeOffset.FromUnixTimeSeconds(1501559112),
            },
            room);
    }

    [Fact]
    public async Task GetRoomReadsNumbersAsStringsBooleansAsDigitsAndIgnoresUnknownFields()
    {
        var handler = StubHttpHandler.Result("""
            {"id":"5","service_id":"8230","name":"math","title":"Math","status":"1","guest_login":1,"guest_limit":"0",
             "op_login_first":"0","max_users":"8","session_duration":"","time_limit":"3600","time_usage":"12","time_total":"40",
             "create_time":"1479021434","update_time":0,"opLoginFirst":true,"extra":{"nested":[1,2]}}
            """);

        var room = await SkyroomTestClient.Create(handler).GetRoomAsync(5);

        Assert.Equal(5, room.Id);
        Assert.Equal(8230, room.ServiceId);
        Assert.Equal(SkyroomStatus.Active, room.Status);
        Assert.True(room.GuestLogin);
        Assert.False(room.OpLoginFirst);
        Assert.Equal(8, room.MaxUsers);
        Assert.Equal(3600, room.TimeLimit);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1479021434), room.CreateTime);
        Assert.Null(room.UpdateTime);
    }

    [Fact]
    public async Task GetUserReadsTheDocumentedExample()
    {
        var handler = StubHttpHandler.Result("""
            {"id":1,"username":"parham","nickname":"پرهام","email":"example@gmail.com","fname":"پرهام","lname":"عابدینی",
             "gender":1,"status":1,"is_public":false,"concurrent":0,"time_limit":null,"time_usage":426466,"time_total":8464516,
             "expiry_date":null,"create_time":1489021434,"update_time":1489021434}
            """);

        var user = await SkyroomTestClient.Create(handler).GetUserByUsernameAsync("parham");

        Assert.Equal(
            new SkyroomUser
            {
                Id = 1,
                Username = "parham",
                Nickname = "پرهام",
                Email = "example@gmail.com",
                FirstName = "پرهام",
                LastName = "عابدینی",
                Gender = SkyroomGender.Male,
                Status = SkyroomStatus.Active,
                IsPublic = false,
                Concurrent = 0,
                TimeLimit = null,
                TimeUsage = 426466,
                TimeTotal = 8464516,
                ExpiryDate = null,
                CreateTime = DateTimeOffset.FromUnixTimeSeconds(1489021434),
                UpdateTime = DateTimeOffset.FromUnixTimeSeconds(1489021434),
            },
            user);
    }

    [Fact]
    public async Task GetUserReadsANumericUsernameAndABooleanGivenAsText()
    {
        var handler = StubHttpHandler.Result("""{"id":2,"username":98123,"nickname":"N","is_public":"true","gender":"2"}""");

        var user = await SkyroomTestClient.Create(handler).GetUserAsync(2);

        Assert.Equal("98123", user.Username);
        Assert.True(user.IsPublic);
        Assert.Equal(SkyroomGender.Female, user.Gender);
    }

    [Fact]
    public async Task GetServicesReadsUnixTimesAndNullLimits()
    {
        var handler = StubHttpHandler.Result("""
            [{"id":1,"title":"سرویس وب کنفرانس","status":1,"user_limit":10,"video_limit":8,"time_limit":null,"time_usage":2213762,
              "start_time":1582851460,"stop_time":1580259460,"create_time":1582851460,"update_time":1580259460},
             {"id":2,"title":"سرویس آموزش آنلاین","status":0,"user_limit":null,"video_limit":3,"time_limit":"5000","time_usage":21124,
              "start_time":1580259460,"stop_time":1582851460,"create_time":1479021195,"update_time":1582851460}]
            """);

        var services = await SkyroomTestClient.Create(handler).GetServicesAsync();

        Assert.Equal(2, services.Count);
        Assert.Equal(new DateTimeOffset(2020, 2, 28, 0, 57, 40, TimeSpan.Zero), services[0].StartTime);
        Assert.Null(services[0].TimeLimit);
        Assert.Equal(SkyroomStatus.Inactive, services[1].Status);
        Assert.Null(services[1].UserLimit);
        Assert.Equal(5000, services[1].TimeLimit);
    }

    [Fact]
    public async Task ListsReadTheDocumentedSummaries()
    {
        var client = SkyroomTestClient.Create(new StubHttpHandler((request, _) => Task.FromResult(StubHttpHandler.Ok(request.Action switch
        {
            "getRooms" => """[{"id":1,"service_id":8230,"name":"meeting","title":"اتاق جلسات","status":1}]""",
            "getUsers" => """[{"id":2,"username":"sara","nickname":"سارا","status":"1"}]""",
            "getRoomUsers" => """[{"user_id":6345,"username":"presenter","nickname":"ارایه کننده","access":"2"}]""",
            _ => """[{"room_id":"2","name":"learning-php","title":"کلاس آموزش PHP","access":4}]""",
        }))));

        Assert.Equal(
            new SkyroomRoomSummary { Id = 1, ServiceId = 8230, Name = "meeting", Title = "اتاق جلسات", Status = SkyroomStatus.Active },
            Assert.Single(await client.GetRoomsAsync()));
        Assert.Equal(
            new SkyroomUserSummary { Id = 2, Username = "sara", Nickname = "سارا", Status = SkyroomStatus.Active },
            Assert.Single(await client.GetUsersAsync()));
        Assert.Equal(
            new SkyroomRoomUser { UserId = 6345, Username = "presenter", Nickname = "ارایه کننده", Access = SkyroomAccess.Presenter },
            Assert.Single(await client.GetRoomUsersAsync(2)));
        Assert.Equal(
            new SkyroomUserRoom { RoomId = 2, Name = "learning-php", Title = "کلاس آموزش PHP", Access = SkyroomAccess.Admin },
            Assert.Single(await client.GetUserRoomsAsync(1)));
    }

    [Fact]
    public async Task CreateUsersReturnsIdsAndErrorMessagesAlignedWithTheInput()
    {
        var handler = StubHttpHandler.Result("""[12, "نام کاربری تکراری است", "14"]""");
        CreateUserRequest User(string name) => new() { Username = name, Password = "p", Nickname = name };

        var results = await SkyroomTestClient.Create(handler).CreateUsersAsync([User("a"), User("b"), User("c")]);

        Assert.Equal(
            [
                new CreateUserResult { UserId = 12 },
                new CreateUserResult { Error = "نام کاربری تکراری است" },
                new CreateUserResult { UserId = 14 },
            ],
            results);
        Assert.Equal([true, false, true], results.Select(r => r.Succeeded));
    }

    [Fact]
    public async Task DeleteUsersReturnsSuccessAndFailureCounts()
    {
        var result = await SkyroomTestClient.Create(StubHttpHandler.Result("""{"success":2,"failure":"1"}""")).DeleteUsersAsync([3, 4, 5]);

        Assert.Equal(new DeleteUsersResult { Succeeded = 2, Failed = 1 }, result);
    }

    [Fact]
    public async Task CountsAndIdsAreReadFromNumericStrings()
    {
        var client = SkyroomTestClient.Create(StubHttpHandler.Result("\"42\""));

        Assert.Equal(42, await client.CountRoomsAsync());
        Assert.Equal(42L, await client.CreateRoomAsync(new CreateRoomRequest { Name = "r", Title = "R" }));
    }

    [Fact]
    public async Task AnOkFlagGivenAsOneIsSuccess()
    {
        var handler = new StubHttpHandler((_, _) => Task.FromResult(StubHttpHandler.Envelope("""{"ok":1,"result":"3"}""")));

        Assert.Equal(3, await SkyroomTestClient.Create(handler).CountUsersAsync());
    }
}
