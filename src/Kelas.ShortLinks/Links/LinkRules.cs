using System.Globalization;
using System.Text;
using Kelas.Core.Security;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Wire;

namespace Kelas.ShortLinks.Links;

/// <summary>What a link, a custom hash and a tag list may look like (ADR 0005).</summary>
internal static class LinkRules
{
    public const int MaxUrlLength = 2_048;
    public const int MaxTags = 20;
    public const int MaxTagLength = 64;

    /// <summary>Lengths count characters as the user sees them (Unicode scalars), not UTF-16 units.</summary>
    public static int Length(string text) => text.EnumerateRunes().Count();

    /// <summary>SHA-256 of the link's target or text: the unique key for "already shortened by this business".</summary>
    public static string ContentKey(string urlOrContent) =>
        Hashes.Sha256Hex(urlOrContent);

    public static string CheckUrlOrContent(string value, LinkKind kind)
    {
        if (kind == LinkKind.Content)
        {
            return Length(value) <= LinkConfiguration.MaxContentLength && !value.Contains('\0')
                ? value
                : throw ShortLinkFailure.Invalid("urlOrContent");
        }

        var url = value.Trim();
        return url.Length <= MaxUrlLength
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
                ? url
                : throw ShortLinkFailure.Invalid("urlOrContent");
    }

    /// <summary>A custom hash: NFC, at most 32 characters (120), letters of any script, digits, '-' and '_' (116).</summary>
    public static string CheckCustomHash(string hash)
    {
        var normalized = hash.Normalize(NormalizationForm.FormC);
        if (Length(normalized) > LinkConfiguration.MaxHashLength)
        {
            throw new ShortLinkFailure(ShortLinkError.HashTooLong);
        }

        foreach (var rune in normalized.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var allowed = Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '_'
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (!allowed)
            {
                throw ShortLinkFailure.Invalid("hash");
            }
        }

        return normalized;
    }

    /// <summary>
    /// The form a hash is looked up in: NFC, as <see cref="CheckCustomHash"/> stores it, so a hash sent decomposed
    /// (e.g. "آ" as alef and a combining madda) finds the link it created. Text that is not valid Unicode matches nothing as it is.
    /// </summary>
    public static string LookupForm(string hash)
    {
        try
        {
            return hash.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return hash;
        }
    }

    public static string CheckTags(IReadOnlyList<string>? tags)
    {
        if (tags is null || tags.Count == 0)
        {
            return "";
        }

        // A control character (NUL above all: PostgreSQL cannot store it) has no place in a tag.
        if (tags.Count > MaxTags || tags.Any(t => Length(t) > MaxTagLength || t.Any(char.IsControl)))
        {
            throw ShortLinkFailure.Invalid("tags");
        }

        return string.Join(',', tags);
    }
}
