using Kelas.Browser.Tests.Lane;

namespace Kelas.Browser.Tests.RoomEntry;

/// <summary>The room-entry scenarios share one server, one account and one Chromium; each test makes rooms of its own.</summary>
[CollectionDefinition(Name)]
public sealed class RoomEntryCollection : ICollectionFixture<RoomEntryFixture>
{
    public const string Name = "room entry";
}
