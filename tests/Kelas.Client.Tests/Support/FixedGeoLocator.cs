using System.Net;
using Kelas.ShortLinks.Analytics;

namespace Kelas.Client.Tests.Support;

/// <summary>The server's geolocation data set replaced by three known addresses; every other address is Unknown.</summary>
internal sealed class FixedGeoLocator : IGeoLocator
{
    public static readonly IPAddress Tehran = IPAddress.Parse("2.176.10.20");
    public static readonly IPAddress Mashhad = IPAddress.Parse("2.177.30.40");
    public static readonly IPAddress Berlin = IPAddress.Parse("2001:db8:49::7");

    public GeoPlace Locate(IPAddress? address) =>
        address is null ? GeoPlace.Unknown
        : address.Equals(Tehran) ? new GeoPlace("Iran", "Tehran")
        : address.Equals(Mashhad) ? new GeoPlace("Iran", "Mashhad")
        : address.Equals(Berlin) ? new GeoPlace("Germany", "Berlin")
        : GeoPlace.Unknown;
}
