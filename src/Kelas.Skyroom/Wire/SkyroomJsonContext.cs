using System.Text.Json.Serialization;
using Kelas.Skyroom.Access;
using Kelas.Skyroom.Attendance;
using Kelas.Skyroom.Rooms;
using Kelas.Skyroom.Services;
using Kelas.Skyroom.Users;

namespace Kelas.Skyroom.Wire;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ServiceResponse))]
[JsonSerializable(typeof(RoomResponse))]
[JsonSerializable(typeof(RoomSummaryResponse))]
[JsonSerializable(typeof(UserResponse))]
[JsonSerializable(typeof(UserSummaryResponse))]
[JsonSerializable(typeof(RoomUserResponse))]
[JsonSerializable(typeof(UserRoomResponse))]
[JsonSerializable(typeof(DeleteUsersResponse))]
[JsonSerializable(typeof(SessionResponse))]
[JsonSerializable(typeof(ConnectionResponse))]
internal sealed partial class SkyroomJsonContext : JsonSerializerContext;
