using Kelas.Core.Text;

namespace Kelas.Abrish.Users;

/// <summary>
/// One spelling for search and uniqueness: Arabic ي/ى/ك become Persian ی/ک, Persian and Arabic-Indic digits become
/// Latin, case is folded. Applied to stored values and to the filter alike.
/// </summary>
internal static class SearchNormalizer
{
    /// <summary>Separates the fields inside <c>search_text</c>; removed from filters so a match never spans two fields.</summary>
    public const char Separator = '\u001f';

    public static string Normalize(string text)
    {
        var latin = PersianDigits.ToLatin(text.Trim());
        return string.Create(latin.Length, latin, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    'ي' or 'ى' => 'ی',
                    'ك' => 'ک',
                    Separator => ' ',
                    var c => char.ToLowerInvariant(c),
                };
            }
        });
    }

    public static string SearchText(string firstName, string lastName, string userName, string cell) =>
        string.Join(Separator, Normalize(firstName), Normalize(lastName), Normalize(userName), cell);

    /// <summary>A LIKE pattern matching the normalised filter anywhere; <c>\</c> escapes LIKE's wildcards.</summary>
    public static string ContainsPattern(string filter)
    {
        var normalized = Normalize(filter);
        return "%" + normalized.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
    }
}
