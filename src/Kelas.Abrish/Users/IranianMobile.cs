using Kelas.Core.Text;

namespace Kelas.Abrish.Users;

/// <summary>
/// Iranian mobile numbers in the forms people type: <c>09121234567</c>, <c>9121234567</c>, <c>+989121234567</c>,
/// <c>989121234567</c>, <c>00989121234567</c>, in any digits, with spaces or dashes. Stored as <c>09xxxxxxxxx</c>.
/// </summary>
internal static class IranianMobile
{
    public static bool TryNormalize(string text, out string normalized)
    {
        normalized = "";
        var compact = PersianDigits.ToLatin(text).Replace(" ", "").Replace("-", "").Replace("(", "").Replace(")", "");
        if (compact.StartsWith('+'))
        {
            compact = compact[1..];
        }

        if (!compact.All(char.IsAsciiDigit))
        {
            return false;
        }

        var national = compact switch
        {
            { Length: 14 } when compact.StartsWith("0098", StringComparison.Ordinal) => compact[4..],
            { Length: 12 } when compact.StartsWith("98", StringComparison.Ordinal) => compact[2..],
            { Length: 11 } when compact.StartsWith('0') => compact[1..],
            { Length: 10 } => compact,
            _ => null,
        };
        if (national is null || national[0] != '9')
        {
            return false;
        }

        normalized = "0" + national;
        return true;
    }
}
