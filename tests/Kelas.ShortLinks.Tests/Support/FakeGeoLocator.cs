using System.Net;
using Kelas.ShortLinks.Analytics;

namespace Kelas.ShortLinks.Tests.Support;

/// <summary>A geolocation data set of three addresses, so tests do not depend on what is installed.</summary>
internal sealed class FakeGeoLocator : IGeoLocator
{
    public static readonly IPAddress Tehran = IPAddress.Parse("5.160.0.1");
    public static readonly IPAddress Mashhad = IPAddress.Parse("5.161.0.1");
    public static readonly IPAddress Berlin = IPAddress.Parse("2a00:1450::1");

    public GeoPlace Locate(IPAddress? address)
    {
        if (address is null)
        {
            return GeoPlace.Unknown;
        }

        address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return address.Equals(Tehran) ? new GeoPlace("Iran", "Tehran")
            : address.Equals(Mashhad) ? new GeoPlace("Iran", "Mashhad")
            : address.Equals(Berlin) ? new GeoPlace("Germany", "Berlin")
            : GeoPlace.Unknown;
    }
}
