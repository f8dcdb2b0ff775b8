using Kelas.Core.Text;

namespace Kelas.Core.Tests.Text;

public sealed class PersianDigitsTests
{
    [Theory]
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData("اتاق ۱۲-b", "اتاق 12-b")]
    [InlineData("plain 42", "plain 42")]
    public void EasternDigitsBecomeLatinAndTheRestStays(string text, string expected) => Assert.Equal(expected, PersianDigits.ToLatin(text));
}
