using System.Net;

namespace Kelas.ShortLinks.Tests.Analytics;

/// <summary>
/// Writes small MaxMind DB files for the reader's tests: networks (CIDR) pointing at records of <see cref="Data"/>,
/// an IPv4 or IPv6 search tree (IPv4 networks of an IPv6 tree sit at ::/96) with 24, 28 or 32-bit records.
/// </summary>
internal sealed class MmdbWriter(int ipVersion, int recordSize)
{
    private readonly Node root = new();

    public MmdbDataSection Data { get; } = new();

    /// <summary>Points the network <paramref name="cidr"/> at the record at <paramref name="dataOffset"/>; later networks nest inside earlier ones.</summary>
    public MmdbWriter Insert(string cidr, int dataOffset)
    {
        var (address, prefix) = (IPAddress.Parse(cidr[..cidr.IndexOf('/')]), int.Parse(cidr[(cidr.IndexOf('/') + 1)..]));
        var bits = address.GetAddressBytes();
        if (ipVersion == 6 && bits.Length == 4)
        {
            bits = [.. new byte[12], .. bits];
            prefix += 96;
        }
        else if (ipVersion == 4 && bits.Length == 16)
        {
            throw new ArgumentException("An IPv6 network does not fit in an IPv4 tree.", nameof(cidr));
        }

        var node = root;
        for (var depth = 0; depth < prefix - 1; depth++)
        {
            var bit = Bit(bits, depth);
            if (node.Children[bit] is not Node next)
            {
                next = new Node();
                next.Children[0] = next.Children[1] = node.Children[bit];
                node.Children[bit] = next;
            }

            node = next;
        }

        node.Children[Bit(bits, prefix - 1)] = new Leaf(dataOffset);
        return this;
    }

    public byte[] Build(string databaseType = "Kelas-Test-City")
    {
        var nodes = new List<Node> { root };
        for (var i = 0; i < nodes.Count; i++)
        {
            nodes.AddRange(nodes[i].Children.OfType<Node>());
        }

        var index = nodes.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => (long)p.i);
        long nodeCount = nodes.Count;
        var output = new List<byte>();
        foreach (var node in nodes)
        {
            var records = node.Children.Select(child => child switch
            {
                Node n => index[n],
                Leaf leaf => nodeCount + 16 + leaf.Offset,
                _ => nodeCount,
            }).ToArray();
            output.AddRange(EncodeNode(records[0], records[1]));
        }

        output.AddRange(new byte[16]);
        output.AddRange(Data.ToArray());
        output.AddRange([0xAB, 0xCD, 0xEF, .. "MaxMind.com"u8]);
        var metadata = new MmdbDataSection();
        metadata.Add(new Dictionary<string, object>
        {
            ["binary_format_major_version"] = (ushort)2,
            ["binary_format_minor_version"] = (ushort)0,
            ["build_epoch"] = (ulong)1_780_000_000,
            ["database_type"] = databaseType,
            ["description"] = new Dictionary<string, object> { ["en"] = "Kelas test database" },
            ["ip_version"] = (ushort)ipVersion,
            ["languages"] = new object[] { "en" },
            ["node_count"] = (uint)nodeCount,
            ["record_size"] = (ushort)recordSize,
        });
        output.AddRange(metadata.ToArray());
        return [.. output];
    }

    private byte[] EncodeNode(long left, long right)
    {
        switch (recordSize)
        {
            case 24:
                return [(byte)(left >> 16), (byte)(left >> 8), (byte)left, (byte)(right >> 16), (byte)(right >> 8), (byte)right];
            case 28:
                return
                [
                    (byte)(left >> 16), (byte)(left >> 8), (byte)left,
                    (byte)(((left >> 20) & 0xF0) | ((right >> 24) & 0x0F)),
                    (byte)(right >> 16), (byte)(right >> 8), (byte)right,
                ];
            case 32:
                return
                [
                    (byte)(left >> 24), (byte)(left >> 16), (byte)(left >> 8), (byte)left,
                    (byte)(right >> 24), (byte)(right >> 16), (byte)(right >> 8), (byte)right,
                ];
            default:
                throw new InvalidOperationException($"Record size {recordSize}.");
        }
    }

    private static int Bit(byte[] bits, int depth) => (bits[depth >> 3] >> (7 - (depth & 7))) & 1;

    private sealed class Node
    {
        public object?[] Children { get; } = new object?[2];
    }

    private sealed record Leaf(int Offset);
}
