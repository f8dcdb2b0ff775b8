using System.Net;
using Kelas.ShortLinks.Analytics;
using Kelas.ShortLinks.Analytics.Geo;
using Microsoft.Extensions.Logging;

namespace Kelas.ShortLinks.Tests.Analytics;

public sealed class GeoLocatorTests : IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly RecordingLogger<GeoLocator> logger = new();

    [Theory]
    [InlineData("5.160.0.1", "Iran", "Tehran")]
    [InlineData("8.8.8.8", "United States", "Mountain View")]
    [InlineData("2a01:5ec0::1", "Iran", "Shiraz")]
    [InlineData("2001:4860:4860::8888", "Canada", "Montreal")]
    public void AddressReadsAsTheEnglishCountryNameAndTheCity(string address, string country, string city)
    {
        using var locator = Locator();

        Assert.Equal(new GeoPlace(country, city), locator.Locate(IPAddress.Parse(address)));
        Assert.Empty(logger.At(LogLevel.Warning));
    }

    [Fact]
    public void Ipv4MappedIpv6AddressIsLookedUpAsIpv4()
    {
        using var locator = Locator();

        Assert.Equal(new GeoPlace("Iran", "Tehran"), locator.Locate(IPAddress.Parse("::ffff:5.160.0.1")));
        Assert.Equal(new GeoPlace("Iran", "Tehran"), locator.Locate(IPAddress.Parse("5.160.0.1").MapToIPv6()));
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("127.0.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("100.64.0.1")]
    [InlineData("169.254.1.1")]
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    public void PrivateLoopbackAndUnspecifiedAddressesReadAsUnknownEvenWhenTheDataSetPlacesThem(string address)
    {
        using var locator = Locator();

        Assert.Same(GeoPlace.Unknown, locator.Locate(IPAddress.Parse(address)));
    }

    [Fact]
    public void MissingAddressReadsAsUnknown()
    {
        using var locator = Locator();

        Assert.Same(GeoPlace.Unknown, locator.Locate(null));
    }

    [Theory]
    [InlineData("9.9.9.9")]
    [InlineData("2a02::1")]
    public void AddressOutsideEveryNetworkReadsAsUnknown(string address)
    {
        using var locator = Locator();

        Assert.Same(GeoPlace.Unknown, locator.Locate(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("1.0.0.1", "Iran", "Unknown")]
    [InlineData("1.1.0.1", "XX", "Atlantis")]
    [InlineData("1.2.0.1", "Unknown", "Unknown")]
    [InlineData("1.3.0.1", "Unknown", "Unknown")]
    public void RecordsWithoutACityOrAKnownCountryReadAsUnknownParts(string address, string country, string city)
    {
        using var locator = Locator();

        Assert.Equal(new GeoPlace(country, city), locator.Locate(IPAddress.Parse(address)));
    }

    [Fact]
    public void RepeatedLookupsOfOneRecordShareOnePlace()
    {
        using var locator = Locator();

        Assert.Same(locator.Locate(IPAddress.Parse("5.160.0.1")), locator.Locate(IPAddress.Parse("5.160.99.1")));
    }

    [Fact]
    public void MissingFilesReadAsUnknownAfterOneWarning()
    {
        using var locator = new GeoLocator(Path.Combine(directory.Path, "absent-ipv4.mmdb"), null, logger);

        Assert.Same(GeoPlace.Unknown, locator.Locate(IPAddress.Parse("5.160.0.1")));
        Assert.Same(GeoPlace.Unknown, locator.Locate(IPAddress.Parse("2a01:5ec0::1")));
        Assert.False(locator.IsAvailable);
        var warning = Assert.Single(logger.At(LogLevel.Warning));
        Assert.Contains("absent-ipv4.mmdb", warning);
        Assert.Contains("install-datasets.sh", warning);
    }

    [Fact]
    public void CorruptFileReadsAsUnknownAfterOneWarningWhileTheOtherFileStillAnswers()
    {
        var ipv4 = directory.Write("ipv4.mmdb", "this is not an MMDB file"u8.ToArray());
        using var locator = new GeoLocator(ipv4, WriteIpv6Database(), logger);

        Assert.Same(GeoPlace.Unknown, locator.Locate(IPAddress.Parse("5.160.0.1")));
        Assert.Same(GeoPlace.Unknown, locator.Locate(IPAddress.Parse("8.8.8.8")));
        Assert.Equal(new GeoPlace("Iran", "Shiraz"), locator.Locate(IPAddress.Parse("2a01:5ec0::1")));
        var warning = Assert.Single(logger.At(LogLevel.Warning));
        Assert.Contains("ipv4.mmdb", warning);
    }

    [Fact]
    public void EmptyFileReadsAsUnknownAfterOneWarning()
    {
        using var locator = new GeoLocator(directory.Write("ipv4.mmdb", []), directory.Write("ipv6.mmdb", []), logger);

        Assert.Same(GeoPlace.Unknown, locator.Locate(IPAddress.Parse("5.160.0.1")));
        Assert.Same(GeoPlace.Unknown, locator.Locate(IPAddress.Parse("2a01:5ec0::1")));
        Assert.Equal(2, logger.At(LogLevel.Warning).Count()); // one per unreadable file
    }

    [Fact]
    public void CorruptRecordReadsAsUnknownAndIsLoggedOnce()
    {
        var writer = new MmdbWriter(4, 24);
        writer.Insert("5.160.0.0/16", writer.Data.Add(new KeyValuePair<object, object>[] { new("country_code", new MmdbPointer(900_000, 3)) }));
        using var locator = new GeoLocator(directory.Write("ipv4.mmdb", writer.Build()), null, logger);

        Assert.Same(GeoPlace.Unknown, locator.Locate(IPAddress.Parse("5.160.0.1")));
        Assert.Same(GeoPlace.Unknown, locator.Locate(IPAddress.Parse("5.160.0.2")));
        Assert.Single(logger.At(LogLevel.Warning), w => w.Contains("corrupt", StringComparison.Ordinal));
    }

    public void Dispose() => directory.Dispose();

    private GeoLocator Locator() => new(WriteIpv4Database(), WriteIpv6Database(), logger);

    private string WriteIpv4Database()
    {
        var writer = new MmdbWriter(4, 28);
        var tehran = writer.Data.Add(MaxMindDbReaderTests.Place("IR", "Tehran"));
        var privateNetwork = writer.Data.Add(MaxMindDbReaderTests.Place("IR", "Nowhere"));
        writer
            .Insert("5.160.0.0/16", tehran)
            .Insert("8.8.8.0/24", writer.Data.Add(MaxMindDbReaderTests.Place("US", "Mountain View")))
            .Insert("1.0.0.0/16", writer.Data.Add(MaxMindDbReaderTests.Place("IR", "")))
            .Insert("1.1.0.0/16", writer.Data.Add(MaxMindDbReaderTests.Place("XX", "Atlantis")))
            .Insert("1.2.0.0/16", writer.Data.Add(MaxMindDbReaderTests.Place("ZZ", "")))
            .Insert("1.3.0.0/16", writer.Data.Add(new Dictionary<string, object> { ["latitude"] = 1.0 }));
        foreach (var network in new[] { "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "0.0.0.0/8", "100.64.0.0/10", "169.254.0.0/16" })
        {
            writer.Insert(network, privateNetwork);
        }

        return directory.Write("ipv4.mmdb", writer.Build("city ipv4"));
    }

    private string WriteIpv6Database()
    {
        var writer = new MmdbWriter(6, 28);
        var nowhere = writer.Data.Add(MaxMindDbReaderTests.Place("IR", "Nowhere"));
        writer
            .Insert("2a01:5ec0::/29", writer.Data.Add(MaxMindDbReaderTests.Place("IR", "Shiraz")))
            .Insert("2001:4860::/32", writer.Data.Add(MaxMindDbReaderTests.Place("CA", "Montreal")))
            .Insert("fe80::/10", nowhere)
            .Insert("fc00::/7", nowhere)
            .Insert("::/127", nowhere);
        return directory.Write("ipv6.mmdb", writer.Build("city ipv6"));
    }
}
