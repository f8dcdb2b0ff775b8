using System.Buffers.Binary;
using System.Text;

namespace Kelas.ShortLinks.Analytics.Geo;

/// <summary>
/// Reads values from an MMDB data section (or the metadata section, which has the same encoding). Offsets are
/// relative to the start of the section, as pointers are. Every read is bounds-checked: a corrupt file throws
/// <see cref="InvalidDataException"/>, never reads outside the section.
/// </summary>
internal readonly ref struct MmdbDecoder
{
    private const int MaxDepth = 64;

    private readonly ReadOnlySpan<byte> section;

    public MmdbDecoder(ReadOnlySpan<byte> section) => this.section = section;

    public MmdbField ReadControl(int offset)
    {
        int control = ByteAt(offset++);
        var type = (MmdbType)(control >> 5);
        if (type == MmdbType.Pointer)
        {
            return ReadPointer(control, offset);
        }

        if (type == MmdbType.Extended)
        {
            var extended = 7 + ByteAt(offset++);
            if (extended < (int)MmdbType.Int32 || extended > (int)MmdbType.Float)
            {
                throw Corrupt($"unknown extended type {extended}");
            }

            type = (MmdbType)extended;
        }

        var size = control & 0x1F;
        switch (size)
        {
            case 29:
                size = 29 + ByteAt(offset);
                offset += 1;
                break;
            case 30:
                size = 285 + (int)ReadUnsigned(offset, 2);
                offset += 2;
                break;
            case 31:
                size = 65_821 + (int)ReadUnsigned(offset, 3);
                offset += 3;
                break;
        }

        return new MmdbField(type, size, offset);
    }

    /// <summary>The field at <paramref name="offset"/>, or the one a pointer there points to.</summary>
    public MmdbField ReadResolved(int offset)
    {
        var field = ReadControl(offset);
        if (field.Type != MmdbType.Pointer)
        {
            return field;
        }

        var target = ReadControl(field.Size);
        return target.Type == MmdbType.Pointer ? throw Corrupt("a pointer points to a pointer") : target;
    }

    /// <summary>The offset just after the value at <paramref name="offset"/> (a pointer counts as its own bytes only).</summary>
    public int Skip(int offset) => Skip(offset, 0);

    /// <summary>Finds <paramref name="key"/> in the map at <paramref name="mapOffset"/> without decoding the other entries.</summary>
    public bool TryFindInMap(int mapOffset, ReadOnlySpan<byte> key, out int valueOffset)
    {
        var map = ReadResolved(mapOffset);
        if (map.Type != MmdbType.Map)
        {
            valueOffset = 0;
            return false;
        }

        var offset = map.PayloadOffset;
        for (var i = 0; i < map.Size; i++)
        {
            var name = ReadResolved(offset);
            if (name.Type != MmdbType.Utf8String)
            {
                throw Corrupt("a map key is not a string");
            }

            offset = Skip(offset);
            if (Slice(name.PayloadOffset, name.Size).SequenceEqual(key))
            {
                valueOffset = offset;
                return true;
            }

            offset = Skip(offset);
        }

        valueOffset = 0;
        return false;
    }

    /// <summary>The string at <paramref name="offset"/> (following a pointer), or null when the value is not a string.</summary>
    public string? ReadString(int offset)
    {
        var field = ReadResolved(offset);
        return field.Type == MmdbType.Utf8String ? Encoding.UTF8.GetString(Slice(field.PayloadOffset, field.Size)) : null;
    }

    /// <summary>
    /// Decodes a whole value: string, double, float, byte[], ushort, uint, int, ulong, UInt128, bool,
    /// <c>Dictionary&lt;string, object&gt;</c> or <c>List&lt;object&gt;</c>.
    /// </summary>
    public object Decode(int offset) => Decode(offset, 0);

    private object Decode(int offset, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Corrupt("values nested too deeply");
        }

        var field = ReadResolved(offset);
        var payload = field.PayloadOffset;
        switch (field.Type)
        {
            case MmdbType.Utf8String:
                return Encoding.UTF8.GetString(Slice(payload, field.Size));
            case MmdbType.Double:
                return BinaryPrimitives.ReadDoubleBigEndian(Slice(payload, ExpectSize(field, 8)));
            case MmdbType.Float:
                return BinaryPrimitives.ReadSingleBigEndian(Slice(payload, ExpectSize(field, 4)));
            case MmdbType.Bytes:
                return Slice(payload, field.Size).ToArray();
            case MmdbType.Uint16:
                return (ushort)ReadUnsigned(payload, MaxSize(field, 2));
            case MmdbType.Uint32:
                return (uint)ReadUnsigned(payload, MaxSize(field, 4));
            case MmdbType.Int32:
                // Shorter than four bytes means positive; four bytes are two's complement.
                return unchecked((int)(uint)ReadUnsigned(payload, MaxSize(field, 4)));
            case MmdbType.Uint64:
                return ReadUnsigned(payload, MaxSize(field, 8));
            case MmdbType.Uint128:
                UInt128 wide = 0;
                foreach (var b in Slice(payload, MaxSize(field, 16)))
                {
                    wide = (wide << 8) | b;
                }

                return wide;
            case MmdbType.Boolean:
                return field.Size switch
                {
                    0 => false,
                    1 => true,
                    _ => throw Corrupt($"boolean of size {field.Size}"),
                };
            case MmdbType.Map:
                var map = new Dictionary<string, object>(Math.Min(field.Size, section.Length - payload), StringComparer.Ordinal);
                for (var i = 0; i < field.Size; i++)
                {
                    var key = ReadString(payload) ?? throw Corrupt("a map key is not a string");
                    payload = Skip(payload);
                    map[key] = Decode(payload, depth + 1);
                    payload = Skip(payload);
                }

                return map;
            case MmdbType.Array:
                var list = new List<object>(Math.Min(field.Size, section.Length - payload));
                for (var i = 0; i < field.Size; i++)
                {
                    list.Add(Decode(payload, depth + 1));
                    payload = Skip(payload);
                }

                return list;
            default:
                throw Corrupt($"unexpected {field.Type} field");
        }
    }

    private int Skip(int offset, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Corrupt("values nested too deeply");
        }

        var field = ReadControl(offset);
        var next = field.PayloadOffset;
        switch (field.Type)
        {
            case MmdbType.Pointer:
            case MmdbType.Boolean:
                return next;
            case MmdbType.Map:
                for (var i = 0; i < field.Size; i++)
                {
                    next = Skip(Skip(next, depth + 1), depth + 1);
                }

                return next;
            case MmdbType.Array:
                for (var i = 0; i < field.Size; i++)
                {
                    next = Skip(next, depth + 1);
                }

                return next;
            case MmdbType.DataCacheContainer:
            case MmdbType.EndMarker:
                throw Corrupt($"unexpected {field.Type} field");
            default:
                _ = Slice(next, field.Size);
                return next + field.Size;
        }
    }

    private MmdbField ReadPointer(int control, int offset)
    {
        var high = control & 0x7;
        int target;
        switch ((control >> 3) & 0x3)
        {
            case 0:
                target = (high << 8) | ByteAt(offset);
                offset += 1;
                break;
            case 1:
                target = ((high << 16) | (int)ReadUnsigned(offset, 2)) + 2_048;
                offset += 2;
                break;
            case 2:
                target = ((high << 24) | (int)ReadUnsigned(offset, 3)) + 526_336;
                offset += 3;
                break;
            default:
                var raw = ReadUnsigned(offset, 4);
                target = raw < (ulong)section.Length ? (int)raw : throw Corrupt("a pointer points past the section");
                offset += 4;
                break;
        }

        return new MmdbField(MmdbType.Pointer, target, offset);
    }

    private ulong ReadUnsigned(int offset, int length)
    {
        ulong value = 0;
        foreach (var b in Slice(offset, length))
        {
            value = (value << 8) | b;
        }

        return value;
    }

    private static int ExpectSize(MmdbField field, int size) =>
        field.Size == size ? size : throw Corrupt($"{field.Type} of size {field.Size}");

    private static int MaxSize(MmdbField field, int size) =>
        field.Size <= size ? field.Size : throw Corrupt($"{field.Type} of size {field.Size}");

    private byte ByteAt(int offset) =>
        (uint)offset < (uint)section.Length ? section[offset] : throw Corrupt("a field runs past the end of its section");

    private ReadOnlySpan<byte> Slice(int offset, int length) =>
        offset >= 0 && length >= 0 && (long)offset + length <= section.Length
            ? section.Slice(offset, length)
            : throw Corrupt("a field runs past the end of its section");

    private static InvalidDataException Corrupt(string what) => new($"Corrupt MaxMind DB data: {what}.");
}
