using System.Collections.Frozen;
using Kelas.Skyroom.Wire;

namespace Kelas.Skyroom;

internal delegate Task<SkyroomResult> SkyroomAction(SkyroomActionContext context);

/// <summary>Action name → handler. Names are case-sensitive, as on the live service.</summary>
internal sealed class SkyroomActionTable
{
    private readonly FrozenDictionary<string, SkyroomAction> actions;

    public SkyroomActionTable(IEnumerable<KeyValuePair<string, SkyroomAction>> actions) =>
        this.actions = actions.ToFrozenDictionary(StringComparer.Ordinal);

    public IEnumerable<string> Names => actions.Keys;

    public bool TryGet(string name, out SkyroomAction action) => actions.TryGetValue(name, out action!);

    public static SkyroomActionTable CreateDefault() => new(
    [
        .. Services.ServiceActions.All,
        .. Rooms.RoomActions.All,
        .. Users.UserActions.All,
        .. Access.AccessActions.All,
        .. LoginLinks.LoginLinkActions.All,
        .. Attendance.AttendanceActions.All,
        new("ping", _ => Task.FromResult(SkyroomResult.Ok(1))),
    ]);
}
