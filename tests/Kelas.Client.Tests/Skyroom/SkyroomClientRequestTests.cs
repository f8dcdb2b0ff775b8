using System.Text.Json.Nodes;
using Kelas.Client.Skyroom;
using Kelas.Client.Tests.Support;

namespace Kelas.Client.Tests.Skyroom;

public class SkyroomClientRequestTests
{
    public static TheoryData<string, Func<SkyroomClient, Task>, string, string?> Actions => new()
    {
        { "getServices", c => c.GetServicesAsync(), "[]", null },
        { "getRooms", c => c.GetRoomsAsync(), "[]", null },
        { "countRooms", c => c.CountRoomsAsync(), "2", null },
        { "getRoom", c => c.GetRoomAsync(1), "{}", """{"room_id":1}""" },
        { "getRoom", c => c.GetRoomByNameAsync("meeting"), "{}", """{"name":"meeting"}""" },
        { "getRoomUrl", c => c.GetRoomUrlAsync(1), "\"u\"", """{"room_id":1}""" },
        { "getRoomUrl", c => c.GetRoomUrlAsync(1, "en", relative: true), "\"u\"", """{"room_id":1,"language":"en","relative":true}""" },
        {
            "createRoom",
            c => c.CreateRoomAsync(new CreateRoomRequest { Name = "math-exercise", Title = "حل تمرین", GuestLogin = false, OpLoginFirst = true, MaxUsers = 10 }),
            "3",
            """{"name":"math-exercise","title":"حل تمرین","guest_login":false,"op_login_first":true,"max_users":10}"""
        },
        { "updateRoom", c => c.UpdateRoomAsync(3, new UpdateRoomRequest { MaxUsers = 20 }), "1", """{"room_id":3,"max_users":20}""" },
        { "deleteRoom", c => c.DeleteRoomAsync(3), "1", """{"room_id":3}""" },
        { "getRoomUsers", c => c.GetRoomUsersAsync(2), "[]", """{"room_id":2}""" },
        {
            "addRoomUsers",
            c => c.AddRoomUsersAsync(1, [new RoomUserAccess(6344), new RoomUserAccess(6345, SkyroomAccess.Presenter)]),
            "2",
            """{"room_id":1,"users":[{"user_id":6344},{"user_id":6345,"access":2}]}"""
        },
        { "removeRoomUsers", c => c.RemoveRoomUsersAsync(1, [6344, 6345]), "2", """{"room_id":1,"users":[6344,6345]}""" },
        { "updateRoomUser", c => c.UpdateRoomUserAsync(1, 6344, SkyroomAccess.Operator), "1", """{"room_id":1,"user_id":6344,"access":3}""" },
        { "getUsers", c => c.GetUsersAsync(), "[]", null },
        { "countUsers", c => c.CountUsersAsync(), "2", null },
        { "getUser", c => c.GetUserAsync(1), "{}", """{"user_id":1}""" },
        { "getUser", c => c.GetUserByUsernameAsync("parham"), "{}", """{"username":"parham"}""" },
        {
            "createUser",
            c => c.CreateUserAsync(new CreateUserRequest
            {
                Username = "test-user", Password = "12345", Nickname = "کاربر عمومی", Status = SkyroomStatus.Active, IsPublic = true,
                ExpiryDate = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000),
            }),
            "3",
            """{"username":"test-user","password":"12345","nickname":"کاربر عمومی","status":1,"is_public":true,"expiry_date":1800000000}"""
        },
        {
            "createUsers",
            c => c.CreateUsersAsync([new CreateUserRequest { Username = "a", Password = "p", Nickname = "A", FirstName = "Ali" }]),
            "[4]",
            """{"users":[{"username":"a","password":"p","nickname":"A","fname":"Ali"}]}"""
        },
        { "updateUser", c => c.UpdateUserAsync(3, new UpdateUserRequest { Password = "tu2017!" }), "1", """{"user_id":3,"password":"tu2017!"}""" },
        { "deleteUser", c => c.DeleteUserAsync(3), "1", """{"user_id":3}""" },
        { "deleteUsers", c => c.DeleteUsersAsync([3, 4, 5]), """{"success":2,"failure":1}""", """{"users":[3,4,5]}""" },
        { "getUserRooms", c => c.GetUserRoomsAsync(1), "[]", """{"user_id":1}""" },
        {
            "addUserRooms",
            c => c.AddUserRoomsAsync(2, [new UserRoomAccess(1), new UserRoomAccess(2, SkyroomAccess.Presenter)]),
            "2",
            """{"user_id":2,"rooms":[{"room_id":1},{"room_id":2,"access":2}]}"""
        },
        { "removeUserRooms", c => c.RemoveUserRoomsAsync(2, [1, 2]), "2", """{"user_id":2,"rooms":[1,2]}""" },
        {
            "createLoginUrl",
            c => c.CreateLoginUrlAsync(new CreateLoginUrlRequest
            {
                RoomId = 1, UserId = "sina", Nickname = "Sina", Access = SkyroomAccess.Operator, Concurrent = 1, Language = "en",
            }),
            "\"u\"",
            """{"room_id":1,"user_id":"sina","nickname":"Sina","access":3,"concurrent":1,"language":"en","ttl":3600}"""
        },
        { "getLoginUrl", c => c.GetLoginUrlAsync(1, 5), "\"u\"", """{"room_id":1,"user_id":5}""" },
        { "getLoginUrl", c => c.GetLoginUrlAsync(1, 5, "en", TimeSpan.FromMinutes(10)), "\"u\"", """{"room_id":1,"user_id":5,"language":"en","ttl":600}""" },
        { "ping", c => c.PingAsync(), "1", null },
        { "getSessions", c => c.GetSessionsAsync(4), "[]", """{"room_id":4}""" },
        { "getSessionsCount", c => c.GetSessionsCountAsync(4), "0", """{"room_id":4}""" },
        { "getSession", c => c.GetSessionAsync(12), """{"id":12,"room_id":4,"start_time":1,"stop_time":null,"duration":0}""", """{"session_id":12}""" },
        { "getConnections", c => c.GetConnectionsAsync(12), "[]", """{"session_id":12}""" },
        { "getConnectionsCount", c => c.GetConnectionsCountAsync(12), "0", """{"session_id":12}""" },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task EveryActionPostsItsNameAndParamsToTheKeyUrl(string action, Func<SkyroomClient, Task> call, string result, string? expectedParams)
    {
        var handler = StubHttpHandler.Result(result);
        var options = SkyroomTestClient.Options();

        await call(SkyroomTestClient.Create(handler, options));

        var request = handler.Single();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"http://kelas.test/skyroom/api/{options.ApiKey}", request.Uri.AbsoluteUri);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal(action, request.Action);
        AssertJson(expectedParams, request.Params);
    }

    [Fact]
    public async Task CreateLoginUrlSendsAStringUserIdAndTheDocumentedDefaults()
    {
        var handler = StubHttpHandler.Result("\"https://kelas.test/ch/acme/math/t/x/l/fa\"");

        var url = await SkyroomTestClient.Create(handler)
            .CreateLoginUrlAsync(new CreateLoginUrlRequest { RoomId = 7, UserId = "12", Nickname = "نگار" });

        Assert.Equal("https://kelas.test/ch/acme/math/t/x/l/fa", url);
        AssertJson(
            """{"room_id":7,"user_id":"12","nickname":"نگار","access":1,"concurrent":1,"language":"fa","ttl":3600}""",
            handler.Single().Params);
    }

    [Fact]
    public async Task CreateLoginUrlRoundsAFractionalTtlUpToWholeSeconds()
    {
        var handler = StubHttpHandler.Result("\"u\"");

        await SkyroomTestClient.Create(handler).CreateLoginUrlAsync(
            new CreateLoginUrlRequest { RoomId = 7, UserId = "u1", Nickname = "N", Ttl = TimeSpan.FromSeconds(90.2) });

        Assert.Equal(91, handler.Single().Params!["ttl"]!.GetValue<long>());
    }

    [Fact]
    public async Task CreateLoginUrlWithANonPositiveTtlIsRejectedBeforeSending()
    {
        var handler = StubHttpHandler.Result("\"u\"");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SkyroomTestClient.Create(handler).CreateLoginUrlAsync(
            new CreateLoginUrlRequest { RoomId = 7, UserId = "u1", Nickname = "N", Ttl = TimeSpan.Zero }));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task UpdateRoomOmitsUnchangedFieldsSendsValuesAndSendsNullForUnlimited()
    {
        var handler = StubHttpHandler.Result("1");

        await SkyroomTestClient.Create(handler).UpdateRoomAsync(3, new UpdateRoomRequest
        {
            Title = "کلاس",
            OpLoginFirst = false,
            MaxUsers = Patch<int>.Unlimited,
            SessionDuration = 90,
        });

        AssertJson("""{"room_id":3,"title":"کلاس","op_login_first":false,"max_users":null,"session_duration":90}""", handler.Single().Params);
    }

    [Fact]
    public async Task UpdateRoomWithNothingSetSendsOnlyTheRoomId()
    {
        var handler = StubHttpHandler.Result("1");

        await SkyroomTestClient.Create(handler).UpdateRoomAsync(3, new UpdateRoomRequest());

        AssertJson("""{"room_id":3}""", handler.Single().Params);
    }

    [Fact]
    public async Task UpdateUserSendsExpiryAsUnixSecondsAndUnlimitedTimeAsNull()
    {
        var handler = StubHttpHandler.Result("1");

        await SkyroomTestClient.Create(handler).UpdateUserAsync(3, new UpdateUserRequest
        {
            ExpiryDate = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000),
            TimeLimit = Patch<long>.Set(null),
            Gender = SkyroomGender.Female,
        });

        AssertJson("""{"user_id":3,"gender":2,"time_limit":null,"expiry_date":1800000000}""", handler.Single().Params);
    }

    [Fact]
    public async Task UpdateUserCanRemoveTheExpiryDate()
    {
        var handler = StubHttpHandler.Result("1");

        await SkyroomTestClient.Create(handler).UpdateUserAsync(3, new UpdateUserRequest { ExpiryDate = Patch<DateTimeOffset>.Unlimited });

        AssertJson("""{"user_id":3,"expiry_date":null}""", handler.Single().Params);
    }

    [Fact]
    public void PatchDefaultIsUnchangedAndDescribesItsState()
    {
        Assert.False(default(Patch<int>).IsSpecified);
        Assert.Equal(Patch<int>.Unchanged, default);
        Assert.True(Patch<int>.Unlimited.IsUnlimited);
        Assert.Equal(20, ((Patch<int>)20).Value);
        Assert.Equal(["unchanged", "unlimited", "20"], [Patch<int>.Unchanged.ToString(), Patch<int>.Unlimited.ToString(), ((Patch<int>)20).ToString()]);
    }

    [Theory]
    [InlineData("http://kelas.test", "http://kelas.test/skyroom/api/")]
    [InlineData("http://kelas.test/", "http://kelas.test/skyroom/api/")]
    [InlineData("https://kelas.test/classes", "https://kelas.test/classes/skyroom/api/")]
    [InlineData("https://kelas.test/classes/", "https://kelas.test/classes/skyroom/api/")]
    public async Task TheEndpointIsABaseUrlWithOrWithoutTrailingSlash(string endpoint, string expectedPrefix)
    {
        var handler = StubHttpHandler.Result("1");
        var options = SkyroomTestClient.Options();
        options.Endpoint = new Uri(endpoint);

        await SkyroomTestClient.Create(handler, options).PingAsync();

        Assert.Equal(expectedPrefix + options.ApiKey, handler.Single().Uri.AbsoluteUri);
    }

    [Fact]
    public void AnEndpointThatIsNotHttpIsRejected()
    {
        Assert.Throws<ArgumentException>(() => new SkyroomClient(new Uri("ftp://kelas.test/"), SkyroomTestClient.NewApiKey()));
    }

    [Fact]
    public void TheHttpClientConstructorRequiresEndpointAndKeyInTheOptions()
    {
        Assert.Throws<ArgumentException>(() => new SkyroomClient(new HttpClient(), new SkyroomClientOptions { ApiKey = "k" }));
        Assert.Throws<ArgumentException>(() => new SkyroomClient(new HttpClient(), new SkyroomClientOptions { Endpoint = SkyroomTestClient.Endpoint }));
    }

    private static void AssertJson(string? expected, JsonNode? actual)
    {
        var expectedNode = expected is null ? null : JsonNode.Parse(expected);
        Assert.True(
            JsonNode.DeepEquals(expectedNode, actual),
            $"Expected params {expectedNode?.ToJsonString() ?? "(none)"} but sent {actual?.ToJsonString() ?? "(none)"}");
    }
}
