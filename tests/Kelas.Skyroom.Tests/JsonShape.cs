using System.Text.Json;

namespace Kelas.Skyroom.Tests;

/// <summary>Field lists of the objects the original documents, in its order, and assertions on them.</summary>
internal static class JsonShape
{
    /// <summary>The original's service fields plus <c>time_total</c>, which rooms and users have and room entry fills for services too.</summary>
    public static readonly string[] Service =
        ["id", "title", "status", "user_limit", "video_limit", "time_limit", "time_usage", "time_total", "start_time", "stop_time", "create_time", "update_time"];

    public static readonly string[] RoomSummary = ["id", "service_id", "name", "title", "status"];

    public static readonly string[] Room =
    [
        "id", "service_id", "name", "title", "description", "status", "guest_login", "guest_limit", "op_login_first",
        "max_users", "session_duration", "time_limit", "time_usage", "time_total", "create_time", "update_time",
    ];

    public static readonly string[] UserSummary = ["id", "username", "nickname", "status"];

    public static readonly string[] User =
    [
        "id", "username", "nickname", "email", "fname", "lname", "gender", "status", "is_public", "concurrent",
        "time_limit", "time_usage", "time_total", "expiry_date", "create_time", "update_time",
    ];

    public static readonly string[] RoomUser = ["user_id", "username", "nickname", "access"];

    public static readonly string[] UserRoom = ["room_id", "name", "title", "access"];

    public static void Fields(string[] expected, JsonElement value)
    {
        Assert.Equal(JsonValueKind.Object, value.ValueKind);
        Assert.Equal(expected, value.EnumerateObject().Select(p => p.Name).ToArray());
    }

    public static void Kind(JsonValueKind expected, JsonElement value, string property) =>
        Assert.True(value.GetProperty(property).ValueKind == expected, $"{property} should be {expected}: {value}");

    public static void Integer(JsonElement value, string property)
    {
        Kind(JsonValueKind.Number, value, property);
        Assert.True(value.GetProperty(property).TryGetInt64(out _), $"{property} should be an integer: {value}");
    }

    public static void Boolean(JsonElement value, string property) =>
        Assert.True(value.GetProperty(property).ValueKind is JsonValueKind.True or JsonValueKind.False, $"{property} should be a boolean: {value}");

    public static void Null(JsonElement value, string property) => Kind(JsonValueKind.Null, value, property);

    public static JsonElement[] Array(JsonElement value)
    {
        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        return value.EnumerateArray().ToArray();
    }
}
