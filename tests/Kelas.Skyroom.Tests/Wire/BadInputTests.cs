using System.Text;
using System.Text.Json;

namespace Kelas.Skyroom.Tests.Wire;

/// <summary>Whatever arrives, the answer is HTTP 200 with the error envelope (checked by every helper), never a 5xx.</summary>
public sealed class BadInputTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    private Task<JsonElement> SendBytesAsync(byte[] body, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return Api.SendEnvelopeAsync(Api.Post(content));
    }

    private async Task<(int Code, string Message)> SendAsync(string body, string? contentType = "application/json") =>
        SkyroomWire.Error(await SendBytesAsync(Encoding.UTF8.GetBytes(body), contentType));

    private static string Nested(int depth, string inner = "1") => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + inner + new string('}', depth);

    [Theory]
    [InlineData("{\"action\":")]
    [InlineData("{\"action\":\"ping\"")]
    [InlineData("{action:\"ping\"}")]
    [InlineData("{'action':'ping'}")]
    [InlineData("{\"action\":\"ping\",}")]
    [InlineData("{\"action\":\"ping\"} {}")]
    [InlineData("{\"action\":\"ping\"}x")]
    [InlineData("{\"action\":\"ping\",\"params\":{\"a\":1,}}")]
    [InlineData("{\"action\":\"ping\" /* comment */}")]
    [InlineData("[")]
    [InlineData("\"unterminated")]
    public async Task MalformedJsonReturnsError13(string body)
    {
        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync(body));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"action\":\"ping\"}]")]
    [InlineData("42")]
    [InlineData("-1.5")]
    [InlineData("\"ping\"")]
    [InlineData("\"{\\\"action\\\":\\\"ping\\\"}\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("{}")]
    public async Task JsonThatIsNotAnObjectWithAnActionReturnsError13(string body)
    {
        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync(body));
    }

    [Theory]
    [InlineData("{\"action\":null}")]
    [InlineData("{\"action\":5}")]
    [InlineData("{\"action\":true}")]
    [InlineData("{\"action\":\"\"}")]
    [InlineData("{\"action\":\"   \"}")]
    [InlineData("{\"action\":[\"ping\"]}")]
    [InlineData("{\"action\":{\"name\":\"ping\"}}")]
    [InlineData("{\"params\":{}}")]
    [InlineData("{\"Action\":\"ping\"}")]
    public async Task MissingOrNonTextActionReturnsError13(string body)
    {
        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync(body));
    }

    [Fact]
    public async Task AnOverlongActionReturnsError13()
    {
        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync("{\"action\":\"" + new string('a', 10_000) + "\"}"));
    }

    [Theory]
    [InlineData("dropTables")]
    [InlineData("GetRooms")]
    [InlineData("getSessions ")]
    [InlineData("__proto__")]
    [InlineData("toString")]
    [InlineData("مدیریت")]
    public async Task UnknownActionReturnsError13WithItsMessage(string action)
    {
        await Api.ExpectInvalidAsync(ParamMessages.UnknownAction, action, new { room_id = 1 });
        Assert.Equal((13, ParamMessages.UnknownAction), SkyroomWire.Error(await Api.CallFormAsync(("action", action))));
    }

    [Theory]
    [InlineData("5")]
    [InlineData("true")]
    [InlineData("[1,2]")]
    [InlineData("[{}]")]
    [InlineData("\"[1]\"")]
    [InlineData("\"5\"")]
    [InlineData("\"{bad\"")]
    [InlineData("\"\\\"text\\\"\"")]
    public async Task ParamsThatAreNotAnObjectReturnError13(string paramsJson)
    {
        Assert.Equal((13, ParamMessages.Params), await SendAsync("{\"action\":\"ping\",\"params\":" + paramsJson + "}"));
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{bad")]
    [InlineData("\"x\"")]
    [InlineData("17")]
    public async Task FormParamsThatAreNotAJsonObjectReturnError13(string paramsText)
    {
        Assert.Equal((13, ParamMessages.Params), SkyroomWire.Error(await Api.CallFormAsync(("action", "ping"), ("params", paramsText))));
        Assert.Equal((13, ParamMessages.Params), SkyroomWire.Error(await Api.CallMultipartAsync(("action", "ping"), ("params", paramsText))));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(1000)]
    [InlineData(100_000)]
    public async Task DeeplyNestedJsonReturnsError13(int depth)
    {
        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync("{\"action\":\"ping\",\"params\":" + Nested(depth) + "}"));
        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync(Nested(depth)));
        if (depth <= 1000)
        {
            Assert.Equal((13, ParamMessages.Params), SkyroomWire.Error(await Api.CallFormAsync(("action", "ping"), ("params", Nested(depth)))));
        }
    }

    [Fact]
    public async Task ModeratelyNestedUnknownParamsAreIgnored()
    {
        Assert.Equal(1, SkyroomWire.Result(await SendBytesAsync(Encoding.UTF8.GetBytes("{\"action\":\"ping\",\"params\":{\"x\":" + Nested(20) + "}}"))).GetInt32());
    }

    [Fact]
    public async Task NestedJsonWhereANumberIsExpectedReturnsError13()
    {
        Assert.Equal((13, ParamMessages.RoomId), await SendAsync("{\"action\":\"getRoom\",\"params\":{\"room_id\":" + Nested(20) + "}}"));
    }

    /// <summary>One param of each kind, fed every wrong JSON type.</summary>
    public static TheoryData<string, string, string, string> WrongTypes()
    {
        var data = new TheoryData<string, string, string, string>();
        var wrongForNumber = new[] { "{}", "{\"id\":1}", "[]", "[1]", "true", "false", "\"abc\"", "1.5", "1e400", "\"99999999999999999999\"" };
        var wrongForString = new[] { "{}", "{\"a\":\"b\"}", "[]", "[\"a\"]", "true", "false" };
        var wrongForBool = new[] { "{}", "[]", "[true]", "2", "-1", "0.5", "\"yes\"", "\"no\"", "\"2\"" };
        var wrongForList = new[] { "{}", "[]", "5", "true", "\"abc\"", "\"{}\"", "[[1]]", "[true]", "[\"x\"]", "[null]", "[1.5]" };
        foreach (var value in wrongForNumber)
        {
            data.Add("getRoom", "room_id", value, ParamMessages.RoomId);
            data.Add("createRoom", "max_users", value, ParamMessages.MaxUsers);
            data.Add("createUser", "gender", value, ParamMessages.Gender);
            data.Add("createLoginUrl", "ttl", value, ParamMessages.Ttl);
        }

        foreach (var value in wrongForString)
        {
            data.Add("createRoom", "name", value, ParamMessages.RoomName);
            data.Add("createRoom", "title", value, ParamMessages.Title);
            data.Add("createUser", "nickname", value, ParamMessages.Nickname);
            data.Add("createUser", "password", value, ParamMessages.Password);
            data.Add("getRoomUrl", "language", value, ParamMessages.Language);
        }

        foreach (var value in wrongForBool)
        {
            data.Add("createRoom", "op_login_first", value, ParamMessages.OpLoginFirst);
            data.Add("createUser", "is_public", value, ParamMessages.IsPublic);
            data.Add("getRoomUrl", "relative", value, ParamMessages.Relative);
        }

        foreach (var value in wrongForList)
        {
            data.Add("addRoomUsers", "users", value, ParamMessages.Users);
            data.Add("addUserRooms", "rooms", value, ParamMessages.Rooms);
            data.Add("createUsers", "users", value, ParamMessages.Users);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public async Task AParamOfTheWrongTypeReturnsError13NamingIt(string action, string param, string valueJson, string message)
    {
        var room = await Api.CreateRoomAsync();
        var user = await Api.CreateUserAsync();
        var valid = new Dictionary<string, string>
        {
            ["room_id"] = room.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["user_id"] = user.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = "\"" + SkyroomApiFixture.UniqueName() + "\"",
            ["username"] = "\"" + SkyroomApiFixture.UniqueName("w") + "\"",
            ["password"] = "\"p\"",
            ["nickname"] = "\"n\"",
        };
        valid[param] = valueJson;
        var body = "{\"action\":\"" + action + "\",\"params\":{" + string.Join(",", valid.Select(p => $"\"{p.Key}\":{p.Value}")) + "}}";

        if (action == "createUsers" && valueJson.StartsWith('[') && valueJson != "[]")
        {
            // A wrong list is refused whole, but inside a list each entry answers for itself.
            var results = JsonShape.Array(SkyroomWire.Result(await SendBytesAsync(Encoding.UTF8.GetBytes(body))));
            Assert.All(results, r => Assert.Equal(message, r.GetString()));
            return;
        }

        Assert.Equal((13, message), await SendAsync(body));
    }

    [Theory]
    [InlineData("{\"action\":\"ping\",\"action\":\"getRooms\"}")]
    [InlineData("{\"action\":\"getRoom\",\"params\":{\"room_id\":1,\"room_id\":2}}")]
    [InlineData("{\"action\":\"addRoomUsers\",\"params\":{\"room_id\":1,\"users\":[{\"user_id\":1,\"user_id\":2}]}}")]
    public async Task DuplicateKeysReturnError13(string body)
    {
        Assert.Equal(13, (await SendAsync(body)).Code);
    }

    [Fact]
    public async Task DuplicateKeysInsideAParamsStringReturnError13()
    {
        Assert.Equal((13, ParamMessages.Params), SkyroomWire.Error(await Api.CallFormAsync(("action", "getRoom"), ("params", "{\"room_id\":1,\"room_id\":2}"))));
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0x61, 0x63, 0x74, 0x69, 0x6F, 0x6E, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D })]
    [InlineData(new byte[] { 0x7B, 0x22, 0x61, 0x63, 0x74, 0x69, 0x6F, 0x6E, 0x22, 0x3A, 0x22, 0xC3, 0x22, 0x7D })]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03 })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00 })]
    public async Task InvalidUtf8OrBinaryBodiesReturnError13(byte[] body)
    {
        Assert.Equal((13, SkyroomMessages.InvalidRequest), SkyroomWire.Error(await SendBytesAsync(body)));
        Assert.Equal((13, SkyroomMessages.InvalidRequest), SkyroomWire.Error(await SendBytesAsync(body, null)));
    }

    [Theory]
    [InlineData("{\"action\":\"\\ud800\"}")]
    [InlineData("{\"action\":\"createRoom\",\"params\":{\"name\":\"\\udc00room\"}}")]
    [InlineData("{\"action\":\"createUser\",\"params\":{\"username\":\"u\",\"password\":\"p\",\"nickname\":\"\\ud83d\"}}")]
    [InlineData("{\"action\":\"getRoom\",\"params\":{\"room_id\":\"\\ud800\"}}")]
    [InlineData("{\"action\":\"getRoom\",\"params\":{\"\\udfff\":1,\"room_id\":1}}")]
    public async Task LoneSurrogatesInJsonTextReturnError13(string body)
    {
        // Valid JSON syntax but not text: PHP's json_decode refuses it (JSON_ERROR_UTF16), so the body is malformed.
        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync(body));
    }

    [Fact]
    public async Task LoneSurrogatesInsideAParamsStringReturnError13()
    {
        Assert.Equal((13, ParamMessages.Params), SkyroomWire.Error(await Api.CallFormAsync(("action", "getRoom"), ("params", "{\"\\ud800\":1,\"room_id\":1}"))));
    }

    [Theory]
    [InlineData("title", ParamMessages.Title)]
    [InlineData("description", ParamMessages.Description)]
    public async Task RoomTextWithANulCharacterReturnsError13OnEveryDatabase(string field, string message)
    {
        var name = SkyroomApiFixture.UniqueName();

        await Api.ExpectInvalidAsync(message, "createRoom", new Dictionary<string, object?> { ["name"] = name, [field] = "a\u0000b" });
        await Api.ExpectNotFoundAsync("getRoom", new { name });
    }

    [Theory]
    [InlineData("nickname", ParamMessages.Nickname)]
    [InlineData("password", ParamMessages.Password)]
    [InlineData("fname", ParamMessages.Fname)]
    [InlineData("lname", ParamMessages.Lname)]
    [InlineData("email", ParamMessages.Email)]
    public async Task UserTextWithANulCharacterReturnsError13OnEveryDatabase(string field, string message)
    {
        var username = SkyroomApiFixture.UniqueName("z");
        var parameters = new Dictionary<string, object?> { ["username"] = username, ["password"] = "p", ["nickname"] = "n", [field] = field == "email" ? "a\u0000@b.c" : "a\u0000b" };

        await Api.ExpectInvalidAsync(message, "createUser", parameters);
        await Api.ExpectNotFoundAsync("getUser", new { username });
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n")]
    [InlineData("\uFEFF")]
    public async Task AnEmptyBodyReturnsError13(string body)
    {
        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync(body));
        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync(body, null));
        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync(body, "application/x-www-form-urlencoded"));
    }

    [Fact]
    public async Task APostWithoutAnyContentReturnsError13()
    {
        Assert.Equal((13, SkyroomMessages.InvalidRequest), SkyroomWire.Error(await Api.SendEnvelopeAsync(new HttpRequestMessage(HttpMethod.Post, Api.Path))));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task OtherMethodsThanPostReturnError13(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), Api.Path + "?action=ping")
        {
            Content = new StringContent("""{"action":"ping"}""", Encoding.UTF8, "application/json"),
        };

        Assert.Equal((13, SkyroomMessages.InvalidRequest), SkyroomWire.Error(await Api.SendEnvelopeAsync(request)));
    }

    [Fact]
    public async Task GetWithoutABodyReturnsError13()
    {
        Assert.Equal((13, SkyroomMessages.InvalidRequest), SkyroomWire.Error(await Api.SendEnvelopeAsync(new HttpRequestMessage(HttpMethod.Get, Api.Path))));
    }

    [Fact]
    public async Task FormBodyWithoutActionReturnsError13()
    {
        Assert.Equal((13, SkyroomMessages.InvalidRequest), SkyroomWire.Error(await Api.CallFormAsync(("params", "{}"))));
        Assert.Equal((13, SkyroomMessages.InvalidRequest), SkyroomWire.Error(await Api.CallFormAsync(("action", ""), ("params", "{}"))));
        Assert.Equal((13, SkyroomMessages.InvalidRequest), SkyroomWire.Error(await Api.CallMultipartAsync(("params[room_id]", "1"))));
    }

    [Theory]
    [InlineData("params[a", "1")]
    [InlineData("params]a[", "1")]
    [InlineData("params[a][b][c][d][e][f][g][h][i][j]", "1")]
    [InlineData("params[]", "1")]
    [InlineData("params[users][0]", "x")]
    public async Task OddBracketFieldsNeverBreakTheReader(string field, string value)
    {
        var envelope = await Api.CallFormAsync(("action", "ping"), (field, value), ("params[" + field + "]", value));

        Assert.Equal(1, SkyroomWire.Result(envelope).GetInt32());
    }

    [Fact]
    public async Task BracketFieldsThatOverwriteEachOtherNeverBreakTheReader()
    {
        var envelope = await Api.CallFormAsync(("action", "addRoomUsers"), ("params[room_id]", "1"), ("params[room_id][x]", "2"), ("params[users]", "3"), ("params[users][0][user_id]", "4"), ("params[users][0]", "5"));

        Assert.False(envelope.GetProperty("ok").GetBoolean());
    }

    [Theory]
    [InlineData("multipart/form-data")]
    [InlineData("multipart/form-data; boundary=")]
    [InlineData("multipart/form-data; boundary=nope")]
    [InlineData("multipart/form-data; boundary=\"" + "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789" + "\"")]
    public async Task MultipartWithAMissingOrWrongBoundaryReturnsError13(string contentType)
    {
        var body = "--real\r\nContent-Disposition: form-data; name=\"action\"\r\n\r\nping\r\n--real--\r\n";

        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync(body, contentType));
    }

    [Fact]
    public async Task TruncatedMultipartReturnsError13()
    {
        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync("--b\r\nContent-Disposition: form-data; name=\"action\"\r\n\r\nping", "multipart/form-data; boundary=b"));
    }

    [Fact]
    public async Task MultipartWithTooManyHeadersInAPartReturnsError13()
    {
        var headers = string.Concat(Enumerable.Range(0, 40).Select(i => $"X-Header-{i}: {i}\r\n"));
        var body = "--b\r\nContent-Disposition: form-data; name=\"action\"\r\n" + headers + "\r\nping\r\n--b--\r\n";

        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync(body, "multipart/form-data; boundary=b"));
    }

    [Fact]
    public async Task MultipartWithAnOverlongHeaderReturnsError13()
    {
        var body = "--b\r\nContent-Disposition: form-data; name=\"action\"\r\nX-Long: " + new string('x', 20_000) + "\r\n\r\nping\r\n--b--\r\n";

        Assert.Equal((13, SkyroomMessages.InvalidRequest), await SendAsync(body, "multipart/form-data; boundary=b"));
    }

    [Fact]
    public async Task MultipartPartsWithoutANameAreSkipped()
    {
        var body = "--b\r\nContent-Type: text/plain\r\n\r\nstray\r\n--b\r\nContent-Disposition: form-data; name=\"action\"\r\n\r\nping\r\n--b--\r\n";

        Assert.Equal(1, SkyroomWire.Result(await SendBytesAsync(Encoding.UTF8.GetBytes(body), "multipart/form-data; boundary=b")).GetInt32());
    }

    [Fact]
    public async Task AHugeStringInALimitedFieldReturnsError13()
    {
        await Api.ExpectInvalidAsync(ParamMessages.Title, "createRoom", new { name = SkyroomApiFixture.UniqueName(), title = new string('t', 500_000) });
        await Api.ExpectInvalidAsync(ParamMessages.RoomName, "getRoom", new { name = new string('n', 500_000) });
    }

    [Fact]
    public async Task TheServerStillAnswersNormallyAfterBadInput()
    {
        await SendAsync("{\"action\":");
        await SendAsync(Nested(100_000));

        Assert.Equal(1, (await Api.OkAsync("ping")).GetInt32());
    }
}
