using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kelas.Skyroom.Tests.Wire;

public sealed class BodyVariantTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    private static string Invariant(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task PingAnswersOneWithParamsAbsent()
    {
        var result = SkyroomWire.Result(await Api.CallRawJsonAsync("""{"action":"ping"}"""));
        Assert.Equal(1, result.GetInt32());
    }

    [Theory]
    [InlineData("""{"action":"countRooms","params":{}}""")]
    [InlineData("""{"action":"countRooms","params":[]}""")]
    [InlineData("""{"action":"countRooms","params":null}""")]
    [InlineData("""{"action":"countRooms","params":"{}"}""")]
    [InlineData("""{"action":"countRooms","params":""}""")]
    public async Task EmptyParamsInEveryShapeAreAccepted(string body)
    {
        var envelope = await Api.CallRawJsonAsync(body);
        Assert.True(envelope.GetProperty("ok").GetBoolean(), envelope.ToString());
    }

    public static TheoryData<string, string> ParameterlessActionsAndParamsShapes()
    {
        var data = new TheoryData<string, string>();
        foreach (var action in new[] { "ping", "getServices", "getRooms", "countRooms", "getUsers", "countUsers" })
        {
            foreach (var shape in new[] { "", ",\"params\":{}", ",\"params\":[]", ",\"params\":null", ",\"params\":\"{}\"", ",\"params\":\"[]\"", ",\"params\":\"\"", ",\"params\":\" \"" })
            {
                data.Add(action, shape);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ParameterlessActionsAndParamsShapes))]
    public async Task ParameterlessActionsAcceptEveryEmptyParamsShape(string action, string paramsShape)
    {
        var envelope = await Api.CallRawJsonAsync($$"""{"action":"{{action}}"{{paramsShape}}}""");

        Assert.True(envelope.GetProperty("ok").GetBoolean(), envelope.ToString());
    }

    [Fact]
    public async Task ParamsAsJsonStringAreRead()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = SkyroomWire.Result(await Api.CallRawJsonAsync($$"""{"action":"createRoom","params":"{\"name\":\"{{name}}\",\"title\":\"t\"}"}""")).GetInt64();
        var room = await Api.OkAsync("getRoom", new { room_id = id });
        Assert.Equal(name, room.GetProperty("name").GetString());
    }

    [Fact]
    public async Task ParamsAsJsonStringWithANestedListAreRead()
    {
        var room = await Api.CreateRoomAsync();
        var user = await Api.CreateUserAsync();
        var paramsText = JsonSerializer.Serialize(new { room_id = room, users = new[] { new { user_id = user, access = 2 } } });

        var envelope = await Api.CallRawJsonAsync(JsonSerializer.Serialize(new { action = "addRoomUsers", @params = paramsText }));

        Assert.Equal(1, SkyroomWire.Result(envelope).GetInt32());
        Assert.Equal(2, JsonShape.Array(await Api.OkAsync("getRoomUsers", new { room_id = room }))[0].GetProperty("access").GetInt32());
    }

    [Fact]
    public async Task IndentedJsonWithABomIsRead()
    {
        var body = "\uFEFF\r\n  {\r\n    \"action\" : \"ping\",\r\n    \"params\" : { }\r\n  }\r\n";

        Assert.Equal(1, SkyroomWire.Result(await Api.CallRawJsonAsync(body)).GetInt32());
    }

    [Fact]
    public async Task FormUrlEncodedWithParamsJsonStringIsRead()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = SkyroomWire.Result(await Api.CallFormAsync(("action", "createRoom"), ("params", $$"""{"name":"{{name}}","title":"فرم"}"""))).GetInt64();
        var room = await Api.OkAsync("getRoom", new { room_id = id });
        Assert.Equal("فرم", room.GetProperty("title").GetString());
    }

    [Fact]
    public async Task FormUrlEncodedCreateUserWithNumericPasswordIsRead()
    {
        var username = SkyroomApiFixture.UniqueName("f");

        var id = SkyroomWire.Result(await Api.CallFormAsync(("action", "createUser"), ("params", $$"""{"username":"{{username}}","password":10,"nickname":"فرم","is_public":"1"}"""))).GetInt64();

        var user = await Api.OkAsync("getUser", new { user_id = id });
        Assert.Equal(username, user.GetProperty("username").GetString());
        Assert.True(user.GetProperty("is_public").GetBoolean());
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{}")]
    public async Task FormUrlEncodedWithEmptyParamsIsAccepted(string paramsText)
    {
        Assert.Equal(1, SkyroomWire.Result(await Api.CallFormAsync(("action", "ping"), ("params", paramsText))).GetInt32());
        Assert.Equal(JsonValueKind.Number, SkyroomWire.Result(await Api.CallFormAsync(("action", "countRooms"), ("params", paramsText))).ValueKind);
    }

    [Fact]
    public async Task FormUrlEncodedWithActionOnlyIsAccepted()
    {
        Assert.Equal(1, SkyroomWire.Result(await Api.CallFormAsync(("action", "ping"))).GetInt32());
    }

    [Fact]
    public async Task MultipartWithParamsJsonStringIsRead()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = SkyroomWire.Result(await Api.CallMultipartAsync(("action", "createRoom"), ("params", $$"""{"name":"{{name}}","max_users":"7"}"""))).GetInt64();
        var room = await Api.OkAsync("getRoom", new { room_id = id });
        Assert.Equal(7, room.GetProperty("max_users").GetInt32());
    }

    [Fact]
    public async Task PhpBracketFormFieldsAreRead()
    {
        var name = SkyroomApiFixture.UniqueName();

        var id = SkyroomWire.Result(await Api.CallFormAsync(
            ("action", "createRoom"),
            ("params[name]", name),
            ("params[title]", "کلاس PHP"),
            ("params[max_users]", "7"),
            ("params[op_login_first]", "1"),
            ("params[guest_login]", "0"))).GetInt64();

        var room = await Api.OkAsync("getRoom", new { room_id = id });
        Assert.Equal(name, room.GetProperty("name").GetString());
        Assert.Equal("کلاس PHP", room.GetProperty("title").GetString());
        Assert.Equal(7, room.GetProperty("max_users").GetInt32());
        Assert.True(room.GetProperty("op_login_first").GetBoolean());
        Assert.False(room.GetProperty("guest_login").GetBoolean());
    }

    [Fact]
    public async Task PhpBracketFormFieldsCarryListsOfObjects()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();
        var b = await Api.CreateUserAsync();

        var result = SkyroomWire.Result(await Api.CallFormAsync(
            ("action", "addRoomUsers"),
            ("params[room_id]", Invariant(room)),
            ("params[users][0][user_id]", Invariant(a)),
            ("params[users][0][access]", "2"),
            ("params[users][1][user_id]", Invariant(b))));

        Assert.Equal(2, result.GetInt32());
        var access = JsonShape.Array(await Api.OkAsync("getRoomUsers", new { room_id = room })).ToDictionary(u => u.GetProperty("user_id").GetInt64(), u => u.GetProperty("access").GetInt32());
        Assert.Equal(new Dictionary<long, int> { [a] = 2, [b] = 1 }, access);
    }

    [Fact]
    public async Task PhpBracketFormFieldsCarryListsOfBareIds()
    {
        var room = await Api.CreateRoomAsync();
        var a = await Api.CreateUserAsync();
        var b = await Api.CreateUserAsync();
        await Api.OkAsync("addRoomUsers", new { room_id = room, users = new[] { a, b } });

        var result = SkyroomWire.Result(await Api.CallFormAsync(
            ("action", "removeRoomUsers"),
            ("params[room_id]", Invariant(room)),
            ("params[users][]", Invariant(a)),
            ("params[users][]", Invariant(b))));

        Assert.Equal(2, result.GetInt32());
    }

    [Fact]
    public async Task PhpBracketFormFieldsCarryCreateUsersEntries()
    {
        var first = SkyroomApiFixture.UniqueName("p");
        var second = SkyroomApiFixture.UniqueName("p");

        var results = JsonShape.Array(SkyroomWire.Result(await Api.CallFormAsync(
            ("action", "createUsers"),
            ("params[users][0][username]", first),
            ("params[users][0][password]", "10"),
            ("params[users][0][nickname]", "اول"),
            ("params[users][1][username]", second),
            ("params[users][1][password]", "x"),
            ("params[users][1][nickname]", "دوم"))));

        Assert.Equal(2, results.Length);
        Assert.All(results, r => Assert.Equal(JsonValueKind.Number, r.ValueKind));
    }

    [Fact]
    public async Task MultipartWithPhpBracketFieldsIsRead()
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);

        var room = SkyroomWire.Result(await Api.CallMultipartAsync(("action", "getRoom"), ("params[room_id]", Invariant(id))));

        Assert.Equal(name, room.GetProperty("name").GetString());
    }

    [Fact]
    public async Task FormParamsJsonStringWinsOverBracketFields()
    {
        var wanted = await Api.CreateRoomAsync();
        var other = await Api.CreateRoomAsync();

        var room = SkyroomWire.Result(await Api.CallFormAsync(("action", "getRoom"), ("params[room_id]", Invariant(other)), ("params", $$"""{"room_id":{{wanted}}}""")));

        Assert.Equal(wanted, room.GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json;charset=utf-8")]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task JsonBodyIsReadWhateverTheContentType(string? contentType)
    {
        var name = SkyroomApiFixture.UniqueName();
        var id = await Api.CreateRoomAsync(name);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"action\":\"getRoom\",\"params\":{\"room_id\":" + id + "}}"));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var room = SkyroomWire.Result(await Api.SendEnvelopeAsync(Api.Post(content)));

        Assert.Equal(name, room.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded; charset=UTF-8")]
    [InlineData("application/json")]
    [InlineData(null)]
    public async Task FormBodyIsReadWhateverTheContentType(string? contentType)
    {
        var id = await Api.CreateRoomAsync();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes($"action=getRoom&params%5Broom_id%5D={id}"));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var room = SkyroomWire.Result(await Api.SendEnvelopeAsync(Api.Post(content)));

        Assert.Equal(id, room.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task HeadersSeenFromRealClientsAreIgnored()
    {
        var request = Api.Post(new StringContent("""{"action":"ping","params":[]}""", Encoding.UTF8, "application/json"));
        request.Headers.TryAddWithoutValidation("charset", "utf-8");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        request.Headers.TryAddWithoutValidation("Postman-Token", Guid.NewGuid().ToString());
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("PostmanRuntime", "7.36.0"));

        Assert.Equal(1, SkyroomWire.Result(await Api.SendEnvelopeAsync(request)).GetInt32());
    }

    [Theory]
    [InlineData("ping", null)]
    [InlineData("countRooms", null)]
    [InlineData("getRoom", "{\"room_id\":987654}")]
    public async Task TrailingSlashOnTheUrlIsTolerated(string action, string? paramsJson)
    {
        var body = paramsJson is null ? $$"""{"action":"{{action}}"}""" : "{\"action\":\"" + action + "\",\"params\":" + paramsJson + "}";

        var envelope = await Api.SendEnvelopeAsync(Api.Post(new StringContent(body, Encoding.UTF8, "application/json"), Api.Path + "/"));

        Assert.Equal(
            (await Api.CallRawJsonAsync(body)).GetRawText(),
            envelope.GetRawText());
    }

    [Fact]
    public async Task ResponsesAreJsonUtf8WithReadablePersian()
    {
        using var response = await Api.Http.PostAsync(Api.Path, new StringContent("""{"action":"getRoom","params":{"room_id":987654}}""", Encoding.UTF8, "application/json"));

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("{\"ok\":false,\"error_code\":15,\"error_message\":\"" + SkyroomMessages.NotFound + "\"}", body);
    }
}
