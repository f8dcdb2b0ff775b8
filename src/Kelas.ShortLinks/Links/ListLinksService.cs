using System.Linq.Expressions;
using System.Text.Json;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Wire;
using Microsoft.EntityFrameworkCore;

namespace Kelas.ShortLinks.Links;

/// <summary>Service 46412: the caller's links, filtered, ordered and paged as the original describes.</summary>
internal static class ListLinksService
{
    public const int DefaultCount = 10;
    public const int MaxCount = 100;

    public static async Task<Action<Utf8JsonWriter>> ListAsync(ShortLinkCall call, CancellationToken cancellationToken)
    {
        var p = call.Params;
        var offset = p.Integer("offset") ?? 0;
        var count = p.Integer("count") ?? DefaultCount;
        if (offset < 0 || offset > int.MaxValue)
        {
            throw ShortLinkFailure.Invalid("offset");
        }

        if (count < 1)
        {
            throw ShortLinkFailure.Invalid("count");
        }

        var query = Filter(call.Db.Links.AsNoTracking().Where(l => l.BusinessId == call.Business.Id), p);
        var total = await query.CountAsync(cancellationToken);
        var page = await Order(query, p.Text("order_by"), p.Boolean("order_asc") ?? false)
            .Skip((int)offset)
            .Take((int)Math.Min(count, MaxCount))
            .ToListAsync(cancellationToken);
        var urls = page.Select(l => call.HashUrl(l.Hash)).ToList();
        return writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("totalCount", total);
            writer.WriteStartArray("linkVos");
            for (var i = 0; i < page.Count; i++)
            {
                LinkJson.Write(writer, page[i], urls[i]);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        };
    }

    private static IQueryable<Link> Filter(IQueryable<Link> query, ServiceParameters p)
    {
        if (p.Text("search_sub_string") is { Length: > 0 } search)
        {
            query = query.Where(l => l.UrlOrContent.Contains(search) || l.Hash.Contains(search) || l.Tags.Contains(search));
        }

        if (p.Integer("date_from") is { } from)
        {
            query = query.Where(l => l.CreateTime >= from);
        }

        if (p.Integer("date_to") is { } to)
        {
            query = query.Where(l => l.CreateTime <= to);
        }

        if (p.Text("hashGeneratedMethod") is { Length: > 0 } method)
        {
            var custom = method.Trim().ToLowerInvariant() switch
            {
                "custom" => true,
                "auto" => false,
                _ => throw ShortLinkFailure.Invalid("hashGeneratedMethod"),
            };
            query = query.Where(l => l.CustomHash == custom);
        }

        if (p.Text("shortenObjectKind") is { Length: > 0 } kindText)
        {
            if (!LinkJson.TryParseKind(kindText, out var kind))
            {
                throw ShortLinkFailure.Invalid("shortenObjectKind");
            }

            query = query.Where(l => l.Kind == kind);
        }

        foreach (var tag in p.Tags("filter_tags") ?? [])
        {
            var delimited = "," + tag + ",";
            query = query.Where(l => ("," + l.Tags + ",").Contains(delimited));
        }

        if (p.Tags("search_tags") is { Count: > 0 } searched)
        {
            query = query.Where(AnyTagContains(searched));
        }

        return query;
    }

    private static IQueryable<Link> Order(IQueryable<Link> query, string? orderBy, bool ascending) =>
        (orderBy?.Trim(), ascending) switch
        {
            (null or "" or "createTime", true) => query.OrderBy(l => l.CreateTime).ThenBy(l => l.Id),
            (null or "" or "createTime", false) => query.OrderByDescending(l => l.CreateTime).ThenByDescending(l => l.Id),
            ("hash", true) => query.OrderBy(l => l.Hash),
            ("hash", false) => query.OrderByDescending(l => l.Hash),
            ("expireTime", true) => query.OrderBy(l => l.ExpireTime).ThenBy(l => l.Id),
            ("expireTime", false) => query.OrderByDescending(l => l.ExpireTime).ThenByDescending(l => l.Id),
            ("visitCount", true) => query.OrderBy(l => l.VisitCount).ThenBy(l => l.Id),
            ("visitCount", false) => query.OrderByDescending(l => l.VisitCount).ThenByDescending(l => l.Id),
            _ => throw ShortLinkFailure.Invalid("order_by"),
        };

    /// <summary><c>l.Tags.Contains(a) || l.Tags.Contains(b) || …</c>, built as one expression EF can translate.</summary>
    private static Expression<Func<Link, bool>> AnyTagContains(IReadOnlyList<string> fragments)
    {
        var link = Expression.Parameter(typeof(Link), "l");
        var tags = Expression.Property(link, nameof(Link.Tags));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        var body = fragments
            .Select(fragment => (Expression)Expression.Call(tags, contains, Expression.Constant(fragment)))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<Link, bool>>(body, link);
    }
}
