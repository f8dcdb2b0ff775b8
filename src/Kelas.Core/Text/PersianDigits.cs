namespace Kelas.Core.Text;

public static class PersianDigits
{
    /// <summary>Persian (۰-۹) and Arabic-Indic (٠-٩) digits become Latin ones; everything else is kept.</summary>
    public static string ToLatin(string text)
    {
        if (!text.Any(IsEasternDigit))
        {
            return text;
        }

        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '۰' and <= '۹' => (char)('0' + (c - '۰')),
                    >= '٠' and <= '٩' => (char)('0' + (c - '٠')),
                    _ => c,
                };
            }
        });
    }

    /// <summary>Latin digits become Persian ones (۰-۹), for numbers shown in Persian text; everything else is kept.</summary>
    public static string ToPersian(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '0' and <= '9' ? (char)('۰' + (c - '0')) : c;
            }
        });

    private static bool IsEasternDigit(char c) => c is >= '۰' and <= '۹' or >= '٠' and <= '٩';
}
