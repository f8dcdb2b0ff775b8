namespace Kelas.Skyroom.Tests.Wire;

/// <summary>Every length-limited field: the longest value is accepted, one character more is refused with the field's message.</summary>
public sealed class FieldLimitTests(SkyroomApiFixture fixture) : IClassFixture<SkyroomApiFixture>
{
    private SkyroomWire Api => fixture.Api;

    public static TheoryData<string, string, int, string> Limits => new()
    {
        { "createRoom", "name", 128, ParamMessages.RoomName },
        { "createRoom", "title", 128, ParamMessages.Title },
        { "createRoom", "description", 512, ParamMessages.Description },
        { "updateRoom", "name", 128, ParamMessages.RoomName },
        { "updateRoom", "title", 128, ParamMessages.Title },
        { "updateRoom", "description", 512, ParamMessages.Description },
        { "createUser", "username", 32, ParamMessages.Username },
        { "createUser", "password", 24, ParamMessages.Password },
        { "createUser", "nickname", 128, ParamMessages.Nickname },
        { "createUser", "email", 128, ParamMessages.Email },
        { "createUser", "fname", 128, ParamMessages.Fname },
        { "createUser", "lname", 128, ParamMessages.Lname },
        { "updateUser", "username", 32, ParamMessages.Username },
        { "updateUser", "password", 24, ParamMessages.Password },
        { "updateUser", "nickname", 128, ParamMessages.Nickname },
        { "updateUser", "email", 128, ParamMessages.Email },
        { "updateUser", "fname", 128, ParamMessages.Fname },
        { "updateUser", "lname", 128, ParamMessages.Lname },
        { "createLoginUrl", "nickname", 128, ParamMessages.Nickname },
        { "createLoginUrl", "user_id", 128, ParamMessages.UserId },
    };

    /// <summary>A valid value of exactly <paramref name="length"/> characters, unique where the field must be.</summary>
    private static string ValueOfLength(string field, int length)
    {
        var unique = Guid.NewGuid().ToString("N");
        return field switch
        {
            "name" or "username" or "user_id" => (unique + new string('x', length))[..length],
            "email" => ("a" + unique[..8] + "@").PadRight(length, 'b'),
            "password" => new string('p', length),
            _ => new string('ش', length),
        };
    }

    private async Task<Dictionary<string, object?>> ParamsAsync(string action)
    {
        return action switch
        {
            "createRoom" => new() { ["name"] = SkyroomApiFixture.UniqueName() },
            "updateRoom" => new() { ["room_id"] = await Api.CreateRoomAsync() },
            "createUser" => new() { ["username"] = SkyroomApiFixture.UniqueName("l"), ["password"] = "p", ["nickname"] = "n" },
            "updateUser" => new() { ["user_id"] = await Api.CreateUserAsync() },
            "createLoginUrl" => new() { ["room_id"] = await Api.CreateRoomAsync(), ["user_id"] = "u", ["nickname"] = "n" },
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task TheLongestValueIsAccepted(string action, string field, int limit, string message)
    {
        _ = message;
        var parameters = await ParamsAsync(action);
        parameters[field] = ValueOfLength(field, limit);

        await Api.OkAsync(action, parameters);
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task OneCharacterMoreReturnsError13NamingTheField(string action, string field, int limit, string message)
    {
        var parameters = await ParamsAsync(action);
        parameters[field] = ValueOfLength(field, limit + 1);

        await Api.ExpectInvalidAsync(message, action, parameters);
    }

    [Fact]
    public async Task AnOverlongEntryOfCreateUsersIsReportedInItsSlot()
    {
        var results = JsonShape.Array(await Api.OkAsync("createUsers", new
        {
            users = new object[]
            {
                new { username = ValueOfLength("username", 33), password = "p", nickname = "n" },
                new { username = SkyroomApiFixture.UniqueName("l"), password = ValueOfLength("password", 25), nickname = "n" },
                new { username = SkyroomApiFixture.UniqueName("l"), password = "p", nickname = ValueOfLength("nickname", 129) },
                new { username = SkyroomApiFixture.UniqueName("l"), password = "p", nickname = "n", email = ValueOfLength("email", 129) },
            },
        }));

        Assert.Equal([ParamMessages.Username, ParamMessages.Password, ParamMessages.Nickname, ParamMessages.Email], results.Select(r => r.GetString()));
    }
}
