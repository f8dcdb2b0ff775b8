using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Links;
using Kelas.ShortLinks.Public;
using Kelas.ShortLinks.Visits;
using Kelas.ShortLinks.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Kelas.ShortLinks;

/// <summary>Everything a service handler needs: the caller's business, its parameters, the database and the clock.</summary>
internal sealed record ShortLinkCall(
    HttpContext Http,
    ShortLinksDbContext Db,
    Business Business,
    ServiceParameters Params,
    long Now,
    ShortUrls Urls,
    LinkCache Cache,
    VisitQueue Visits)
{
    public string HashUrl(string hash) => Urls.HashUrl(Http.Request, hash);

    /// <summary>Loads one of the caller's links by hash: 404 if no such hash, 401 if it is another business's.</summary>
    public async Task<Link> OwnLinkAsync(string hash, CancellationToken cancellationToken)
    {
        hash = LinkRules.LookupForm(hash);
        var link = await Db.Links.FirstOrDefaultAsync(l => l.Hash == hash, cancellationToken) ?? throw new ShortLinkFailure(ShortLinkError.NotFound);
        return link.BusinessId == Business.Id ? link : throw new ShortLinkFailure(ShortLinkError.Unauthorized);
    }
}
