namespace Kelas.ShortLinks.Wire;

/// <summary>A service error of the original: its code, its constant name and its Persian description.</summary>
internal sealed record ShortLinkError(int Code, string Name, string Description)
{
    public static readonly ShortLinkError UrlOrContentEmpty = new(114, "URL_OR_Content_IS_NULL_OR_EMPTY", "عدم مقداردهی urlOrContent");
    public static readonly ShortLinkError InvalidParameter = new(116, "INVALID_PARAMETER", "مقدار غیرمجاز برای پارامتر");
    public static readonly ShortLinkError CustomHashTaken = new(119, "CUSTOM_HASH_REPETETIVE", "هش تکراری");
    public static readonly ShortLinkError HashEmpty = new(119, "HASH_IS_NULL_OR_EMPTY", "عدم مقداردهی hash");
    public static readonly ShortLinkError HashTooLong = new(120, "HASH_IS_LONG", "طول زیاد برای هش");
    public static readonly ShortLinkError UrlOrContentTaken = new(121, "URL_OR_CONTENT_REPETITIVE", "لینک یا متن تکراری");
    public static readonly ShortLinkError Unauthorized = new(401, "UNAUTHORIZED", "عدم احراز هویت");
    public static readonly ShortLinkError NotFound = new(404, "NOT_FOUND", "خطا در یافتن hash");
    public static readonly ShortLinkError Internal = new(999, "INTERNAL_SERVER_EXCEPTION", "خطای داخلی سرور");

    public string Message(string? parameter = null) =>
        parameter is null ? $"{Name}: {Description}" : $"{Name}: {Description} {parameter}";
}
