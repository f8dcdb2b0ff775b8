using System.Text.Json;
using Kelas.ShortLinks.Data;

namespace Kelas.ShortLinks.Links;

/// <summary>The original's link object (<c>linkVo</c>), field for field.</summary>
internal static class LinkJson
{
    public static void Write(Utf8JsonWriter writer, Link link, string hashUrl, long? visitCount = null)
    {
        writer.WriteStartObject();
        writer.WriteString("urlOrContent", link.UrlOrContent);
        writer.WriteString("hash", link.Hash);
        writer.WriteString("hashURL", hashUrl);
        writer.WriteNumber("expireTime", link.ExpireTime);
        writer.WriteNumber("createTime", link.CreateTime);
        writer.WriteNumber("visitCount", visitCount ?? link.VisitCount);
        writer.WriteBoolean("isDeleted", !link.Active);
        writer.WriteString("hashGeneratedMethod", link.CustomHash ? "custom" : "auto");
        writer.WriteString("shortenObjectKind", KindName(link.Kind));
        writer.WriteString("tags", link.Tags);
        writer.WriteEndObject();
    }

    public static string KindName(LinkKind kind) => kind switch
    {
        LinkKind.Content => "content",
        LinkKind.File => "file",
        _ => "link",
    };

    public static bool TryParseKind(string? text, out LinkKind kind)
    {
        kind = LinkKind.Link;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "link":
                return true;
            case "content":
                kind = LinkKind.Content;
                return true;
            case "file":
                kind = LinkKind.File;
                return true;
            default:
                return false;
        }
    }
}
