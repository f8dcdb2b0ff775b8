using System.Security.Cryptography;
using System.Text.Json;
using Kelas.Core.Database;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Visits;
using Kelas.ShortLinks.Wire;
using Microsoft.EntityFrameworkCore;

namespace Kelas.ShortLinks.Links;

/// <summary>Services 46410 (add), 46411 (visit) and 46413 (setStatus).</summary>
internal static class LinkServices
{
    public const int AutoHashLength = 7;
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static readonly long Lifetime = (long)TimeSpan.FromDays(730).TotalMilliseconds;

    public static async Task<Action<Utf8JsonWriter>> AddAsync(ShortLinkCall call, CancellationToken cancellationToken)
    {
        var p = call.Params;
        var value = p.Text("urlOrContent");
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ShortLinkFailure(ShortLinkError.UrlOrContentEmpty);
        }

        if (!LinkJson.TryParseKind(p.Text("shortenObjectKind"), out var kind))
        {
            throw ShortLinkFailure.Invalid("shortenObjectKind");
        }

        var urlOrContent = LinkRules.CheckUrlOrContent(value, kind);
        var customHash = p.Text("hash") is { Length: > 0 } requested ? LinkRules.CheckCustomHash(requested) : null;
        var link = new Link
        {
            BusinessId = call.Business.Id,
            Kind = kind,
            UrlOrContent = urlOrContent,
            ContentKey = LinkRules.ContentKey(urlOrContent),
            CustomHash = customHash is not null,
            Tags = LinkRules.CheckTags(p.Tags("tags")),
            CreateTime = call.Now,
            ExpireTime = call.Now + Lifetime,
        };

        if (await IsShortenedAsync(call, link, cancellationToken))
        {
            throw new ShortLinkFailure(ShortLinkError.UrlOrContentTaken);
        }

        // The unique indexes decide races: the same custom hash or content sent twice at once stores one link.
        for (var attempt = 0; ; attempt++)
        {
            link.Hash = customHash ?? RandomHash(AutoHashLength + (attempt / 3));
            call.Db.Links.Add(link);
            try
            {
                await call.Db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation())
            {
                call.Db.ChangeTracker.Clear();
                link.Id = 0;
                if (await IsShortenedAsync(call, link, cancellationToken))
                {
                    throw new ShortLinkFailure(ShortLinkError.UrlOrContentTaken);
                }

                if (customHash is not null)
                {
                    throw new ShortLinkFailure(ShortLinkError.CustomHashTaken);
                }
            }
        }

        // The hash may have been asked for before it existed: drop the cached "no such link".
        call.Cache.Invalidate(link.Hash);
        var hashUrl = call.HashUrl(link.Hash);
        return writer => LinkJson.Write(writer, link, hashUrl);
    }

    public static async Task<Action<Utf8JsonWriter>> VisitAsync(ShortLinkCall call, CancellationToken cancellationToken)
    {
        var hash = call.Params.Text("hash");
        if (string.IsNullOrEmpty(hash))
        {
            throw ShortLinkFailure.Invalid("hash");
        }

        var target = await call.Cache.FindAsync(hash, cancellationToken);
        if (target is null || !target.IsLive(call.Now))
        {
            throw new ShortLinkFailure(ShortLinkError.NotFound);
        }

        await call.Visits.EnqueueAsync(new PendingVisit(target.Id, call.Now, PublicVisitor.From(call.Http), Explicit: true), cancellationToken);
        var link = await call.Db.Links.AsNoTracking().FirstAsync(l => l.Id == target.Id, cancellationToken);
        var hashUrl = call.HashUrl(link.Hash);
        return writer => LinkJson.Write(writer, link, hashUrl, link.VisitCount + 1);
    }

    public static async Task<Action<Utf8JsonWriter>> SetStatusAsync(ShortLinkCall call, CancellationToken cancellationToken)
    {
        var hash = call.Params.Text("hash");
        if (string.IsNullOrWhiteSpace(hash))
        {
            throw new ShortLinkFailure(ShortLinkError.HashEmpty);
        }

        var active = call.Params.Text("setStatus")?.Trim().ToLowerInvariant() switch
        {
            "active" => true,
            "deactive" => false,
            _ => throw ShortLinkFailure.Invalid("setStatus"),
        };

        var link = await call.OwnLinkAsync(hash, cancellationToken);
        link.Active = active;
        await call.Db.SaveChangesAsync(cancellationToken);
        call.Cache.Invalidate(link.Hash);
        return writer => writer.WriteBooleanValue(true);
    }

    private static Task<bool> IsShortenedAsync(ShortLinkCall call, Link link, CancellationToken cancellationToken) =>
        call.Db.Links.AnyAsync(l => l.BusinessId == link.BusinessId && l.ContentKey == link.ContentKey, cancellationToken);

    private static string RandomHash(int length) =>
        string.Create(length, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Base62[RandomNumberGenerator.GetInt32(Base62.Length)];
            }
        });
}
