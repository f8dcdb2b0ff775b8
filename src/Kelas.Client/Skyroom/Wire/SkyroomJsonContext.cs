using System.Text.Json;
using System.Text.Json.Serialization;
using Kelas.Client.Json;

namespace Kelas.Client.Skyroom.Wire;

/// <summary>
/// Source-generated metadata for the Skyroom wire. Reading is tolerant, as the live service is: numbers may
/// come as strings (the empty one for none), booleans as 0/1, times as Unix seconds in either form; unknown fields are ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(LooseBooleanConverter),
        typeof(LooseIntegerConverter<int>),
        typeof(LooseIntegerConverter<long>),
        typeof(LooseNullableIntegerConverter<int>),
        typeof(LooseNullableIntegerConverter<long>),
        typeof(LooseStringConverter),
        typeof(UnixTimeConverter),
        typeof(LooseEnumConverter<SkyroomAccess>),
        typeof(LooseEnumConverter<SkyroomStatus>),
        typeof(LooseEnumConverter<SkyroomGender>),
        typeof(LooseEnumConverter<SkyroomConnectionStatus>),
    ])]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(long?))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(DateTimeOffset?))]
[JsonSerializable(typeof(long[]))]
[JsonSerializable(typeof(SkyroomService[]))]
[JsonSerializable(typeof(SkyroomRoom))]
[JsonSerializable(typeof(SkyroomRoomSummary[]))]
[JsonSerializable(typeof(SkyroomRoomUser[]))]
[JsonSerializable(typeof(SkyroomUser))]
[JsonSerializable(typeof(SkyroomUserSummary[]))]
[JsonSerializable(typeof(SkyroomUserRoom[]))]
[JsonSerializable(typeof(SkyroomSession))]
[JsonSerializable(typeof(SkyroomSession[]))]
[JsonSerializable(typeof(SkyroomConnection[]))]
[JsonSerializable(typeof(DeleteUsersResult))]
[JsonSerializable(typeof(CreateUserResult[]))]
[JsonSerializable(typeof(CreateRoomRequest))]
[JsonSerializable(typeof(UpdateRoomRequest))]
[JsonSerializable(typeof(CreateUserRequest))]
[JsonSerializable(typeof(CreateUserRequest[]))]
[JsonSerializable(typeof(UpdateUserRequest))]
[JsonSerializable(typeof(CreateLoginUrlRequest))]
[JsonSerializable(typeof(RoomUserAccess[]))]
[JsonSerializable(typeof(UserRoomAccess[]))]
internal sealed partial class SkyroomJsonContext : JsonSerializerContext;
