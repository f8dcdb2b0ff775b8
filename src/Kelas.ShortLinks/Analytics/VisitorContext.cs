using System.Net;

namespace Kelas.ShortLinks.Analytics;

/// <summary>
/// What a visit's dimensions are derived from. The address is used for the geolocation lookup
/// and then dropped: it is never stored.
/// </summary>
internal readonly record struct VisitorContext(IPAddress? Address, string? UserAgent, string? Referrer);
