using System.Net;
using Kelas.ShortLinks.Analytics.Geo;

namespace Kelas.ShortLinks.Tests.Analytics;

public sealed class MaxMindDbReaderTests
{
    [Theory]
    [InlineData(24)]
    [InlineData(28)]
    [InlineData(32)]
    public void Ipv4TreeFindsTheNetworkHoldingAnAddress(int recordSize)
    {
        var writer = new MmdbWriter(4, recordSize);
        var tehran = writer.Data.Add(Place("IR", "Tehran"));
        var mountainView = writer.Data.Add(Place("US", "Mountain View"));
        writer.Insert("5.160.0.0/16", tehran).Insert("8.8.8.0/24", mountainView);
        using var reader = MaxMindDbReader.FromBytes(writer.Build());

        Assert.True(reader.TryFind(IPAddress.Parse("5.160.200.7"), out var offset, out var prefix));
        Assert.Equal((tehran, 16), (offset, prefix));
        Assert.Equal("Tehran", reader.ReadMapString(offset, "city"u8));
        Assert.True(reader.TryFind(IPAddress.Parse("8.8.8.8"), out offset, out prefix));
        Assert.Equal((mountainView, 24), (offset, prefix));
        Assert.False(reader.TryFind(IPAddress.Parse("5.161.0.1"), out _, out _));
        Assert.False(reader.TryFind(IPAddress.Parse("8.8.9.8"), out _, out _));
    }

    [Theory]
    [InlineData(24)]
    [InlineData(28)]
    [InlineData(32)]
    public void Ipv6TreeFindsIpv6NetworksAndIpv4NetworksFromTheIpv4StartNode(int recordSize)
    {
        var writer = new MmdbWriter(6, recordSize);
        var tehran = writer.Data.Add(Place("IR", "Tehran"));
        var montreal = writer.Data.Add(Place("CA", "Montreal"));
        writer.Insert("2a01:5ec0::/29", tehran).Insert("2001:4860::/32", montreal).Insert("5.160.0.0/16", tehran);
        using var reader = MaxMindDbReader.FromBytes(writer.Build());

        Assert.True(reader.TryFind(IPAddress.Parse("2a01:5ec0:1234::1"), out var offset, out var prefix));
        Assert.Equal((tehran, 29), (offset, prefix));
        Assert.True(reader.TryFind(IPAddress.Parse("2001:4860:4860::8888"), out offset, out prefix));
        Assert.Equal((montreal, 32), (offset, prefix));
        Assert.True(reader.TryFind(IPAddress.Parse("5.160.0.1"), out offset, out prefix));
        Assert.Equal((tehran, 16), (offset, prefix));
        Assert.False(reader.TryFind(IPAddress.Parse("5.161.0.1"), out _, out _));
        Assert.False(reader.TryFind(IPAddress.Parse("2a02::1"), out _, out _));
    }

    [Fact]
    public void Ipv4LookupInAnIpv6TreeWithoutIpv4NetworksMisses()
    {
        var writer = new MmdbWriter(6, 28);
        writer.Insert("2001:4860::/32", writer.Data.Add(Place("CA", "Montreal")));
        using var reader = MaxMindDbReader.FromBytes(writer.Build());

        Assert.False(reader.TryFind(IPAddress.Parse("8.8.8.8"), out _, out _));
        Assert.False(reader.TryFind(IPAddress.Parse("0.0.0.1"), out _, out _));
    }

    [Fact]
    public void Ipv4MappedAddressInAnIpv4TreeIsLookedUpAsIpv4AndOtherIpv6AddressesMiss()
    {
        var writer = new MmdbWriter(4, 24);
        var tehran = writer.Data.Add(Place("IR", "Tehran"));
        writer.Insert("5.160.0.0/16", tehran);
        using var reader = MaxMindDbReader.FromBytes(writer.Build());

        Assert.True(reader.TryFind(IPAddress.Parse("::ffff:5.160.0.1"), out var offset, out var prefix));
        Assert.Equal((tehran, 16), (offset, prefix));
        Assert.False(reader.TryFind(IPAddress.Parse("2a01:5ec0::1"), out _, out _));
        Assert.False(reader.TryFind(IPAddress.Parse("::5.160.0.1"), out _, out _));
    }

    [Fact]
    public void TwentyEightBitRecordsCarryTheirHighNibbles()
    {
        var writer = new MmdbWriter(4, 28);
        writer.Data.Add(new byte[17_000_000]);
        var far = writer.Data.Add(Place("IR", "Mashhad"));
        var farther = writer.Data.Add(Place("IR", "Shiraz"));
        writer.Insert("10.0.0.0/8", far).Insert("11.0.0.0/8", farther);
        using var reader = MaxMindDbReader.FromBytes(writer.Build());

        Assert.True(reader.TryFind(IPAddress.Parse("10.1.2.3"), out var left, out _));
        Assert.True(reader.TryFind(IPAddress.Parse("11.1.2.3"), out var right, out _));
        Assert.Equal((far, farther), (left, right));
        Assert.Equal("Shiraz", reader.ReadMapString(right, "city"u8));
    }

    [Fact]
    public void PointersOfEverySizeAreFollowed()
    {
        var writer = new MmdbWriter(4, 32);
        var near = writer.Data.Add("near");
        writer.Data.Add(new byte[3_000]);
        var small = writer.Data.Add("small");
        writer.Data.Add(new byte[530_000]);
        var far = writer.Data.Add("far");
        var countryKey = writer.Data.Add("country_code");
        var record = writer.Data.Add(new KeyValuePair<object, object>[]
        {
            new(new MmdbPointer(countryKey), "IR"),
            new("tiny", new MmdbPointer(near, 0)),
            new("small", new MmdbPointer(small, 1)),
            new("medium", new MmdbPointer(far, 2)),
            new("large", new MmdbPointer(near, 3)),
            new("city", new MmdbPointer(far)),
        });
        var shared = writer.Data.Add(new MmdbPointer(record));
        writer.Insert("1.0.0.0/8", record).Insert("2.0.0.0/8", shared);
        using var reader = MaxMindDbReader.FromBytes(writer.Build());

        Assert.True(reader.TryFind(IPAddress.Parse("1.2.3.4"), out var offset, out _));
        Assert.Equal("IR", reader.ReadMapString(offset, "country_code"u8));
        Assert.Equal("near", reader.ReadMapString(offset, "tiny"u8));
        Assert.Equal("far", reader.ReadMapString(offset, "medium"u8));
        Assert.Equal("near", reader.ReadMapString(offset, "large"u8));
        Assert.Equal("far", reader.ReadMapString(offset, "city"u8));
        Assert.Equal("small", reader.ReadMapString(offset, "small"u8));
        Assert.True(reader.TryFind(IPAddress.Parse("2.2.3.4"), out var viaPointer, out _));
        Assert.Equal("far", reader.ReadMapString(viaPointer, "city"u8));
    }

    [Fact]
    public void EveryDataTypeDecodes()
    {
        var writer = new MmdbWriter(4, 24);
        var longText = new string('x', 70_000);
        var record = writer.Data.Add(new Dictionary<string, object>
        {
            ["utf8"] = "شیراز",
            ["double"] = 35.6892,
            ["float"] = 51.389f,
            ["bytes"] = new byte[] { 1, 2, 3 },
            ["uint16"] = (ushort)443,
            ["uint32"] = 4_000_000_000u,
            ["int32"] = -42,
            ["positive_int32"] = 7,
            ["uint64"] = ulong.MaxValue,
            ["uint128"] = UInt128.MaxValue - 1,
            ["array"] = new object[] { "a", (ushort)1, true },
            ["true"] = true,
            ["false"] = false,
            ["empty"] = "",
            ["short"] = new string('s', 100),
            ["medium"] = new string('m', 300),
            ["long"] = longText,
            ["nested"] = new Dictionary<string, object> { ["inner"] = new Dictionary<string, object> { ["deep"] = 1.5 } },
        });
        writer.Insert("1.0.0.0/8", record);
        using var reader = MaxMindDbReader.FromBytes(writer.Build());
        Assert.True(reader.TryFind(IPAddress.Parse("1.1.1.1"), out var offset, out _));

        var map = Assert.IsType<Dictionary<string, object>>(reader.Decode(offset));

        Assert.Equal("شیراز", map["utf8"]);
        Assert.Equal(35.6892, map["double"]);
        Assert.Equal(51.389f, map["float"]);
        Assert.Equal(new byte[] { 1, 2, 3 }, map["bytes"]);
        Assert.Equal((ushort)443, map["uint16"]);
        Assert.Equal(4_000_000_000u, map["uint32"]);
        Assert.Equal(-42, map["int32"]);
        Assert.Equal(7, map["positive_int32"]);
        Assert.Equal(ulong.MaxValue, map["uint64"]);
        Assert.Equal(UInt128.MaxValue - 1, map["uint128"]);
        Assert.Equal(new object[] { "a", (ushort)1, true }, Assert.IsType<List<object>>(map["array"]));
        Assert.Equal(true, map["true"]);
        Assert.Equal(false, map["false"]);
        Assert.Equal("", map["empty"]);
        Assert.Equal(new string('s', 100), map["short"]);
        Assert.Equal(new string('m', 300), map["medium"]);
        Assert.Equal(longText, map["long"]);
        var inner = Assert.IsType<Dictionary<string, object>>(Assert.IsType<Dictionary<string, object>>(map["nested"])["inner"]);
        Assert.Equal(1.5, inner["deep"]);
        Assert.Equal(longText, reader.ReadMapString(offset, "long"u8));
        Assert.Null(reader.ReadMapString(offset, "double"u8));
        Assert.Null(reader.ReadMapString(offset, "absent"u8));
    }

    [Fact]
    public void MetadataIsRead()
    {
        var writer = new MmdbWriter(6, 28);
        writer.Insert("2001:4860::/32", writer.Data.Add(Place("CA", "Montreal")));
        using var reader = MaxMindDbReader.FromBytes(writer.Build("city ipv6"));

        Assert.Equal(6, reader.Metadata.IpVersion);
        Assert.Equal(28, reader.Metadata.RecordSize);
        Assert.Equal(32, reader.Metadata.NodeCount);
        Assert.Equal(2, reader.Metadata.BinaryFormatMajorVersion);
        Assert.Equal("city ipv6", reader.Metadata.DatabaseType);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_780_000_000), reader.Metadata.BuildTime);
        Assert.Equal(new[] { "en" }, reader.Metadata.Languages);
    }

    [Fact]
    public void MappedFileAnswersLikeTheInMemoryCopy()
    {
        var writer = new MmdbWriter(6, 24);
        var tehran = writer.Data.Add(Place("IR", "Tehran"));
        writer.Insert("2a01:5ec0::/29", tehran).Insert("5.160.0.0/16", tehran);
        var bytes = writer.Build();
        using var directory = new TempDirectory();
        using var mapped = MaxMindDbReader.Open(directory.Write("test.mmdb", bytes));
        using var inMemory = MaxMindDbReader.FromBytes(bytes);

        foreach (var address in new[] { "2a01:5ec0::1", "5.160.1.1", "5.161.1.1", "::1" })
        {
            var found = mapped.TryFind(IPAddress.Parse(address), out var offset, out var prefix);
            Assert.Equal(inMemory.TryFind(IPAddress.Parse(address), out var expectedOffset, out var expectedPrefix), found);
            Assert.Equal((expectedOffset, expectedPrefix), (offset, prefix));
        }

        Assert.True(mapped.TryFind(IPAddress.Parse("5.160.1.1"), out var hit, out _));
        Assert.Equal("Tehran", mapped.ReadMapString(hit, "city"u8));
    }

    [Fact]
    public void LookupAfterDisposeThrowsInsteadOfReadingUnmappedMemory()
    {
        var writer = new MmdbWriter(4, 24);
        writer.Insert("5.160.0.0/16", writer.Data.Add(Place("IR", "Tehran")));
        using var directory = new TempDirectory();
        var reader = MaxMindDbReader.Open(directory.Write("test.mmdb", writer.Build()));
        reader.Dispose();

        Assert.Throws<ObjectDisposedException>(() => reader.TryFind(IPAddress.Parse("5.160.0.1"), out _, out _));
    }

    [Fact]
    public void FileWithoutMetadataIsRejected()
    {
        var bytes = ValidDatabase();
        var marker = bytes.AsSpan().LastIndexOf("MaxMind.com"u8) - 3;
        bytes[marker + 3] = (byte)'m';

        Assert.Throws<InvalidDataException>(() => MaxMindDbReader.FromBytes(bytes));
        Assert.Throws<InvalidDataException>(() => MaxMindDbReader.FromBytes("not a database at all"u8.ToArray()));
        Assert.Throws<InvalidDataException>(() => MaxMindDbReader.FromBytes([]));
    }

    [Fact]
    public void TruncatedFileIsRejected()
    {
        var bytes = ValidDatabase();

        Assert.Throws<InvalidDataException>(() => MaxMindDbReader.FromBytes(bytes[..^20]));
        Assert.Throws<InvalidDataException>(() => MaxMindDbReader.FromBytes(bytes[100..]));
    }

    [Fact]
    public void UnsupportedRecordSizeIsRejected()
    {
        var writer = new MmdbWriter(4, 24);
        writer.Insert("5.160.0.0/16", writer.Data.Add(Place("IR", "Tehran")));
        var bytes = writer.Build();
        var recordSize = bytes.AsSpan().LastIndexOf("record_size"u8) + "record_size".Length;
        Assert.Equal(24, bytes[recordSize + 1]);
        bytes[recordSize + 1] = 20;

        var error = Assert.Throws<InvalidDataException>(() => MaxMindDbReader.FromBytes(bytes));
        Assert.Contains("record size 20", error.Message);
    }

    [Fact]
    public void RecordPointingPastTheDataSectionFailsTheLookup()
    {
        var writer = new MmdbWriter(4, 24);
        writer.Insert("5.160.0.0/16", writer.Data.Add(Place("IR", "Tehran")));
        var bytes = writer.Build();
        // Aim the root's left record (5.x starts with a 0 bit) far past the end of the file.
        bytes[0] = 0x7F;

        using var reader = MaxMindDbReader.FromBytes(bytes);
        Assert.Throws<InvalidDataException>(() => reader.TryFind(IPAddress.Parse("5.160.0.1"), out _, out _));
    }

    [Fact]
    public void CorruptRecordDataFailsTheDecodeRatherThanReadingOutOfBounds()
    {
        var writer = new MmdbWriter(4, 24);
        var record = writer.Data.Add(new KeyValuePair<object, object>[] { new("city", new MmdbPointer(1_000_000, 3)) });
        writer.Insert("5.160.0.0/16", record);
        using var reader = MaxMindDbReader.FromBytes(writer.Build());
        Assert.True(reader.TryFind(IPAddress.Parse("5.160.0.1"), out var offset, out _));

        Assert.Throws<InvalidDataException>(() => reader.ReadMapString(offset, "city"u8));
        Assert.Throws<InvalidDataException>(() => reader.Decode(offset));
    }

    internal static Dictionary<string, object> Place(string country, string city) => new()
    {
        ["city"] = city,
        ["country_code"] = country,
        ["latitude"] = 35.69f,
        ["longitude"] = 51.39f,
        ["postcode"] = "",
        ["state1"] = "",
        ["state2"] = "",
        ["timezone"] = "",
    };

    private static byte[] ValidDatabase()
    {
        var writer = new MmdbWriter(4, 24);
        writer.Insert("5.160.0.0/16", writer.Data.Add(Place("IR", "Tehran")));
        return writer.Build();
    }
}
