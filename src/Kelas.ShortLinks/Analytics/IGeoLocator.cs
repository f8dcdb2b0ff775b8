using System.Net;

namespace Kelas.ShortLinks.Analytics;

/// <summary>Country and city of an IP address; answers <see cref="GeoPlace.Unknown"/> when no data set is installed.</summary>
internal interface IGeoLocator
{
    GeoPlace Locate(IPAddress? address);
}
