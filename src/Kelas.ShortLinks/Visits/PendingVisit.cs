using Kelas.ShortLinks.Analytics;

namespace Kelas.ShortLinks.Visits;

/// <summary>A visit waiting for the writer. <paramref name="Explicit"/> visits (service 46411) are counted even from bots.</summary>
internal readonly record struct PendingVisit(long LinkId, long Time, VisitorContext Visitor, bool Explicit);
