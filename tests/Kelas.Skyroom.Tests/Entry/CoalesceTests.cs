using Kelas.Skyroom.Entry;
using Kelas.Skyroom.Presence;

namespace Kelas.Skyroom.Tests.Entry;

public sealed class CoalesceTests
{
    [Fact]
    public void ARoomsRosterChangesInOneBatchFoldIntoTheLastWhileEverythingElseKeepsItsOrder()
    {
        var chat = new ChatLine(1, 1, "الف", 1, "سلام", 0);
        RoomSignal[] batch =
        [
            new(RoomSignalKind.Roster, 1, 10),
            new(RoomSignalKind.Roster, 1, 20),
            new(RoomSignalKind.Chat, 1, 10, Chat: chat),
            new(RoomSignalKind.Roster, 1, 10),
            new(RoomSignalKind.Close, 1, 10, Connections: [5], Reason: "removed"),
            new(RoomSignalKind.Roster, 1, 10),
        ];

        var kept = RoomHub.Coalesce(batch).ToList();

        Assert.Equal([batch[1], batch[2], batch[4], batch[5]], kept);
    }
}
