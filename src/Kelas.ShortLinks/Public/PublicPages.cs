using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Kelas.ShortLinks.Public;

/// <summary>The HTML a person sees: a content link's text, and the not-found page. Self-contained, no scripts.</summary>
internal static class PublicPages
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The text, and its short URL shown readably (Persian hashes unescaped) under it.</summary>
    public static string Content(string text, string hashUrl) => Layout(
        lang: "fa",
        title: "متن لینک کوتاه",
        body: $"""
            <main>
              <article dir="auto">{Html.Encode(text)}</article>
              <footer dir="ltr"><a href="{Html.Encode(hashUrl)}">{Html.Encode(Uri.UnescapeDataString(hashUrl))}</a></footer>
            </main>
            """);

    public static string NotFound() => Layout(
        lang: "fa",
        title: "لینک پیدا نشد · Link not found",
        body: """
            <main class="missing">
              <h1>۴۰۴</h1>
              <p>این لینک کوتاه وجود ندارد، غیرفعال شده یا منقضی شده است.</p>
              <p dir="ltr" lang="en">This short link does not exist, has been deactivated or has expired.</p>
            </main>
            """);

    private static string Layout(string lang, string title, string body) => $$"""
        <!doctype html>
        <html lang="{{lang}}" dir="rtl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{title}}</title>
        <style>
          body { margin: 0; padding: 0 1rem; font-family: Vazirmatn, Tahoma, "Noto Sans Arabic", system-ui, sans-serif; background: #f5f6f8; color: #1f2328; line-height: 1.9; }
          main { max-width: 42rem; margin: 3rem auto; padding: 2rem; background: #fff; border-radius: 12px; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
          article { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.1rem; unicode-bidi: plaintext; }
          footer { margin-top: 1.5rem; font-size: .85rem; color: #656d76; text-align: left; }
          a { color: #0969da; }
          .missing { text-align: center; }
          .missing h1 { font-size: 3rem; margin: 0 0 .5rem; color: #8c959f; }
        </style>
        </head>
        <body>
        {{body}}
        </body>
        </html>
        """;
}
