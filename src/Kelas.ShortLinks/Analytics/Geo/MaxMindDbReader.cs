using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Kelas.ShortLinks.Analytics.Geo;

/// <summary>
/// A reader for MaxMind DB files (format version 2): the binary search tree over IP prefixes and the data section it
/// points into. Files are memory-mapped (pages load on demand and are shared with the page cache, so a 70 MB file
/// costs neither start-up time nor managed heap); byte arrays are read in place. Immutable after construction and
/// safe for concurrent lookups; a lookup allocates nothing but the strings it returns.
/// </summary>
internal sealed class MaxMindDbReader : IDisposable
{
    private const int MetadataSearchWindow = 128 * 1024;
    private const int DataSectionSeparatorSize = 16;

    private readonly byte[]? array;
    private readonly MemoryMappedFile? mappedFile;
    private readonly MemoryMappedViewAccessor? view;
    private readonly int length;
    private readonly long nodeCount;
    private readonly int recordSize;
    private readonly int treeSize;
    private readonly int dataSectionLength;
    private readonly long ipv4StartNode;

    private MaxMindDbReader(byte[]? array, MemoryMappedFile? mappedFile, MemoryMappedViewAccessor? view, int length)
    {
        this.array = array;
        this.mappedFile = mappedFile;
        this.view = view;
        this.length = length;

        var handle = Acquire(out var bytes);
        try
        {
            var markerAt = FindMetadataMarker(bytes);
            var metadataMap = new MmdbDecoder(bytes[(markerAt + MetadataMarker.Length)..]).Decode(0) as Dictionary<string, object>
                ?? throw new InvalidDataException("MaxMind DB metadata is not a map.");
            Metadata = MaxMindDbMetadata.FromMap(metadataMap);
            if (Metadata.BinaryFormatMajorVersion != 2)
            {
                throw new InvalidDataException($"MaxMind DB format version {Metadata.BinaryFormatMajorVersion} is not supported (only 2 is).");
            }

            if (Metadata.RecordSize is not (24 or 28 or 32))
            {
                throw new InvalidDataException($"MaxMind DB record size {Metadata.RecordSize} is not 24, 28 or 32.");
            }

            if (Metadata.IpVersion is not (4 or 6))
            {
                throw new InvalidDataException($"MaxMind DB IP version {Metadata.IpVersion} is not 4 or 6.");
            }

            nodeCount = Metadata.NodeCount;
            recordSize = Metadata.RecordSize;
            var tree = nodeCount * recordSize / 4;
            if (nodeCount == 0 || tree + DataSectionSeparatorSize > markerAt)
            {
                throw new InvalidDataException($"MaxMind DB search tree of {nodeCount} nodes does not fit in the file.");
            }

            treeSize = (int)tree;
            if (bytes.Slice(treeSize, DataSectionSeparatorSize).ContainsAnyExcept((byte)0))
            {
                throw new InvalidDataException("MaxMind DB data section separator is not 16 zero bytes.");
            }

            dataSectionLength = markerAt - treeSize - DataSectionSeparatorSize;
            ipv4StartNode = Metadata.IpVersion == 6 ? FindIpv4StartNode(bytes) : 0;
        }
        finally
        {
            handle?.ReleasePointer();
        }
    }

    public MaxMindDbMetadata Metadata { get; }

    private static ReadOnlySpan<byte> MetadataMarker =>
        [0xAB, 0xCD, 0xEF, (byte)'M', (byte)'a', (byte)'x', (byte)'M', (byte)'i', (byte)'n', (byte)'d', (byte)'.', (byte)'c', (byte)'o', (byte)'m'];

    /// <summary>Maps the file at <paramref name="path"/>; throws <see cref="InvalidDataException"/> when it is not a valid MMDB file.</summary>
    public static MaxMindDbReader Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        MemoryMappedFile? file = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            if (stream.Length is 0 or > int.MaxValue)
            {
                throw new InvalidDataException($"{path} is {stream.Length} bytes long, not a MaxMind DB file.");
            }

            var length = (int)stream.Length;
            file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            return new MaxMindDbReader(null, file, view, length);
        }
        catch
        {
            view?.Dispose();
            file?.Dispose();
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads a database held in memory (the array is used in place, not copied).</summary>
    public static MaxMindDbReader FromBytes(byte[] bytes) => new(bytes, null, null, bytes.Length);

    /// <summary>
    /// Finds the network holding <paramref name="address"/>: the offset of its record in the data section and the
    /// network's prefix length (counted in the address's own family). An IPv4-mapped IPv6 address is looked up as IPv4
    /// in an IPv4 tree; any other IPv6 address misses there.
    /// </summary>
    public bool TryFind(IPAddress address, out int dataOffset, out int prefixLength)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6) || !address.TryWriteBytes(bytes, out var written))
        {
            dataOffset = prefixLength = 0;
            return false;
        }

        return TryFind(bytes[..written], out dataOffset, out prefixLength);
    }

    /// <inheritdoc cref="TryFind(IPAddress, out int, out int)"/>
    public bool TryFind(ReadOnlySpan<byte> address, out int dataOffset, out int prefixLength)
    {
        dataOffset = prefixLength = 0;
        if (address.Length == 16 && Metadata.IpVersion == 4)
        {
            if (!IsIpv4Mapped(address))
            {
                return false;
            }

            address = address[12..];
        }
        else if (address.Length is not (4 or 16))
        {
            return false;
        }

        var handle = Acquire(out var bytes);
        try
        {
            var node = address.Length == 4 ? ipv4StartNode : 0;
            var bits = address.Length * 8;
            var depth = 0;
            for (; depth < bits && node < nodeCount; depth++)
            {
                var bit = (address[depth >> 3] >> (7 - (depth & 7))) & 1;
                node = ReadRecord(bytes, node, bit);
            }

            if (node == nodeCount)
            {
                return false;
            }

            if (node < nodeCount)
            {
                throw new InvalidDataException("MaxMind DB search tree is deeper than the address.");
            }

            var offset = node - nodeCount - DataSectionSeparatorSize;
            if (offset < 0 || offset >= dataSectionLength)
            {
                throw new InvalidDataException($"MaxMind DB search tree points outside the data section ({offset}).");
            }

            dataOffset = (int)offset;
            prefixLength = depth;
            return true;
        }
        finally
        {
            handle?.ReleasePointer();
        }
    }

    /// <summary>The string stored under <paramref name="key"/> in the map at <paramref name="dataOffset"/>, or null when absent or not a string.</summary>
    public string? ReadMapString(int dataOffset, ReadOnlySpan<byte> key)
    {
        var handle = Acquire(out var bytes);
        try
        {
            var decoder = new MmdbDecoder(DataSection(bytes));
            return decoder.TryFindInMap(dataOffset, key, out var valueOffset) ? decoder.ReadString(valueOffset) : null;
        }
        finally
        {
            handle?.ReleasePointer();
        }
    }

    /// <summary>Decodes the whole value at <paramref name="dataOffset"/> (see <see cref="MmdbDecoder.Decode"/> for the types).</summary>
    public object Decode(int dataOffset)
    {
        var handle = Acquire(out var bytes);
        try
        {
            return new MmdbDecoder(DataSection(bytes)).Decode(dataOffset);
        }
        finally
        {
            handle?.ReleasePointer();
        }
    }

    public void Dispose()
    {
        view?.Dispose();
        mappedFile?.Dispose();
    }

    private ReadOnlySpan<byte> DataSection(ReadOnlySpan<byte> bytes) => bytes.Slice(treeSize + DataSectionSeparatorSize, dataSectionLength);

    private long FindIpv4StartNode(ReadOnlySpan<byte> bytes)
    {
        // IPv4 addresses live at ::/96 in an IPv6 tree: follow 96 zero bits (or fewer, if the tree ends sooner).
        long node = 0;
        for (var i = 0; i < 96 && node < nodeCount; i++)
        {
            node = ReadRecord(bytes, node, 0);
        }

        return node;
    }

    private long ReadRecord(ReadOnlySpan<byte> bytes, long node, int bit)
    {
        switch (recordSize)
        {
            case 24:
            {
                var at = (int)(node * 6) + (bit * 3);
                return (bytes[at] << 16) | (bytes[at + 1] << 8) | bytes[at + 2];
            }
            case 28:
            {
                // Seven bytes: left's low 24 bits, a shared middle byte (left's high nibble, right's low nibble), right's low 24 bits.
                var at = (int)(node * 7);
                var middle = bytes[at + 3];
                return bit == 0
                    ? ((middle & 0xF0) << 20) | (bytes[at] << 16) | (bytes[at + 1] << 8) | bytes[at + 2]
                    : ((middle & 0x0F) << 24) | (bytes[at + 4] << 16) | (bytes[at + 5] << 8) | bytes[at + 6];
            }
            default:
                return BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice((int)(node * 8) + (bit * 4), 4));
        }
    }

    private static int FindMetadataMarker(ReadOnlySpan<byte> bytes)
    {
        var windowStart = Math.Max(0, bytes.Length - MetadataSearchWindow);
        var at = bytes[windowStart..].LastIndexOf(MetadataMarker);
        return at >= 0 ? windowStart + at : throw new InvalidDataException("No MaxMind DB metadata marker near the end of the file.");
    }

    private static bool IsIpv4Mapped(ReadOnlySpan<byte> address) =>
        !address[..10].ContainsAnyExcept((byte)0) && address[10] == 0xFF && address[11] == 0xFF;

    /// <summary>
    /// The file's bytes, held for the duration of one call: a mapped view is reference-counted so that a lookup racing
    /// <see cref="Dispose"/> either completes or throws <see cref="ObjectDisposedException"/>, never reads unmapped memory.
    /// </summary>
    private unsafe SafeBuffer? Acquire(out ReadOnlySpan<byte> bytes)
    {
        if (array is not null)
        {
            bytes = array;
            return null;
        }

        var handle = view!.SafeMemoryMappedViewHandle;
        byte* pointer = null;
        handle.AcquirePointer(ref pointer);
        bytes = new ReadOnlySpan<byte>(pointer + view.PointerOffset, length);
        return handle;
    }
}
