namespace Kelas.ShortLinks.Analytics.Geo;

/// <summary>Whether an address can belong to a visitor on the public internet (and so is worth a geolocation lookup).</summary>
internal static class IpAddressScope
{
    /// <summary>False for unspecified, loopback, private, shared (CGNAT), link-local, multicast and reserved addresses.</summary>
    public static bool IsPublic(ReadOnlySpan<byte> address) => address.Length switch
    {
        4 => IsPublicIpv4(address),
        16 => IsPublicIpv6(address),
        _ => false,
    };

    private static bool IsPublicIpv4(ReadOnlySpan<byte> a) => a[0] switch
    {
        0 or 10 or 127 => false,
        100 => (a[1] & 0xC0) != 64,
        169 => a[1] != 254,
        172 => (a[1] & 0xF0) != 16,
        192 => !(a[1] == 168 || (a[1] == 0 && a[2] == 0)),
        198 => (a[1] & 0xFE) != 18,
        >= 224 => false,
        _ => true,
    };

    private static bool IsPublicIpv6(ReadOnlySpan<byte> a)
    {
        if (!a[..15].ContainsAnyExcept((byte)0))
        {
            return false; // :: and ::1
        }

        return a[0] switch
        {
            0xFF => false, // multicast
            0xFC or 0xFD => false, // unique local
            0xFE => (a[1] & 0xC0) is not (0x80 or 0xC0), // link-local, site-local
            _ => true,
        };
    }
}
