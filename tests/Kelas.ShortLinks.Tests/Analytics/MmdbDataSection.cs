using System.Buffers.Binary;
using System.Text;

namespace Kelas.ShortLinks.Tests.Analytics;

/// <summary>
/// Encodes values the way the MaxMind DB format (version 2) stores them: string, double, byte[], ushort, uint, map
/// (<c>Dictionary&lt;string, object&gt;</c>, or <c>KeyValuePair&lt;object, object&gt;[]</c> for pointer keys), int,
/// ulong, UInt128, array (<c>object[]</c>), bool, float and <see cref="MmdbPointer"/>.
/// </summary>
internal sealed class MmdbDataSection
{
    private readonly List<byte> bytes = [];

    public int Length => bytes.Count;

    /// <summary>Appends <paramref name="value"/> and answers its offset.</summary>
    public int Add(object value)
    {
        var offset = bytes.Count;
        Write(value);
        return offset;
    }

    public byte[] ToArray() => [.. bytes];

    private void Write(object value)
    {
        switch (value)
        {
            case MmdbPointer pointer:
                WritePointer(pointer);
                break;
            case string text:
                var utf8 = Encoding.UTF8.GetBytes(text);
                Control(2, utf8.Length);
                bytes.AddRange(utf8);
                break;
            case double number:
                Control(3, 8);
                Span<byte> eight = stackalloc byte[8];
                BinaryPrimitives.WriteDoubleBigEndian(eight, number);
                bytes.AddRange(eight);
                break;
            case byte[] blob:
                Control(4, blob.Length);
                bytes.AddRange(blob);
                break;
            case ushort number:
                Unsigned(5, number);
                break;
            case uint number:
                Unsigned(6, number);
                break;
            case Dictionary<string, object> map:
                Control(7, map.Count);
                foreach (var (key, item) in map)
                {
                    Write(key);
                    Write(item);
                }

                break;
            case KeyValuePair<object, object>[] entries:
                Control(7, entries.Length);
                foreach (var (key, item) in entries)
                {
                    Write(key);
                    Write(item);
                }

                break;
            case int number when number < 0:
                Control(8, 4);
                Span<byte> four = stackalloc byte[4];
                BinaryPrimitives.WriteInt32BigEndian(four, number);
                bytes.AddRange(four);
                break;
            case int number:
                Unsigned(8, (uint)number);
                break;
            case ulong number:
                Unsigned(9, number);
                break;
            case UInt128 number:
                var wide = new List<byte>();
                for (; number != 0; number >>= 8)
                {
                    wide.Insert(0, (byte)(number & 0xFF));
                }

                Control(10, wide.Count);
                bytes.AddRange(wide);
                break;
            case object[] items:
                Control(11, items.Length);
                foreach (var item in items)
                {
                    Write(item);
                }

                break;
            case bool flag:
                Control(14, flag ? 1 : 0);
                break;
            case float number:
                Control(15, 4);
                Span<byte> single = stackalloc byte[4];
                BinaryPrimitives.WriteSingleBigEndian(single, number);
                bytes.AddRange(single);
                break;
            default:
                throw new ArgumentException($"No MMDB encoding for {value.GetType()}.", nameof(value));
        }
    }

    private void Unsigned(int type, ulong number)
    {
        var payload = new List<byte>();
        for (; number != 0; number >>= 8)
        {
            payload.Insert(0, (byte)number);
        }

        Control(type, payload.Count);
        bytes.AddRange(payload);
    }

    private void Control(int type, int size)
    {
        var (sizeBits, extra) = size switch
        {
            < 29 => (size, Array.Empty<byte>()),
            < 285 => (29, [(byte)(size - 29)]),
            < 65_821 => (30, [(byte)((size - 285) >> 8), (byte)(size - 285)]),
            _ => (31, new[] { (byte)((size - 65_821) >> 16), (byte)((size - 65_821) >> 8), (byte)(size - 65_821) }),
        };
        if (type <= 7)
        {
            bytes.Add((byte)((type << 5) | sizeBits));
        }
        else
        {
            bytes.Add((byte)sizeBits);
            bytes.Add((byte)(type - 7));
        }

        bytes.AddRange(extra);
    }

    private void WritePointer(MmdbPointer pointer)
    {
        var offset = pointer.Offset;
        var size = pointer.Size ?? offset switch
        {
            < 2_048 => 0,
            < 2_048 + (1 << 19) => 1,
            < 526_336 + (1 << 27) => 2,
            _ => 3,
        };
        switch (size)
        {
            case 0:
                bytes.Add((byte)(0x20 | (offset >> 8)));
                bytes.Add((byte)offset);
                break;
            case 1:
                var v1 = offset - 2_048;
                bytes.Add((byte)(0x20 | (1 << 3) | (v1 >> 16)));
                bytes.Add((byte)(v1 >> 8));
                bytes.Add((byte)v1);
                break;
            case 2:
                var v2 = offset - 526_336;
                bytes.Add((byte)(0x20 | (2 << 3) | (v2 >> 24)));
                bytes.Add((byte)(v2 >> 16));
                bytes.Add((byte)(v2 >> 8));
                bytes.Add((byte)v2);
                break;
            default:
                bytes.Add(0x20 | (3 << 3));
                bytes.Add((byte)(offset >> 24));
                bytes.Add((byte)(offset >> 16));
                bytes.Add((byte)(offset >> 8));
                bytes.Add((byte)offset);
                break;
        }
    }
}
