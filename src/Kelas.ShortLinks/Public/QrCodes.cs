using QRCoder;

namespace Kelas.ShortLinks.Public;

/// <summary>QR codes of short URLs, medium error correction, sized for printing and slides.</summary>
internal static class QrCodes
{
    private const int PixelsPerModule = 10;

    public static byte[] Png(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }

    public static string Svg(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(PixelsPerModule);
    }
}
