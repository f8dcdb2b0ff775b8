using Kelas.Core.Database;
using Kelas.Core.Modules;
using Kelas.ShortLinks.Businesses;
using Kelas.ShortLinks.Data;
using Kelas.ShortLinks.Links;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kelas.ShortLinks.Demo;

/// <summary>Migrations at start-up, and on an empty database a demo business with two links.</summary>
internal sealed class ShortLinksKelasModule : IKelasModule
{
    public const string DemoName = "demo";

    public Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.MigrateKelasDatabaseAsync<ShortLinksDbContext>(cancellationToken);

    public async Task<DemoAccount?> SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<ShortLinksDbContext>();
        if (await db.Businesses.AnyAsync(cancellationToken))
        {
            return null;
        }

        var created = await provider.GetRequiredService<BusinessAdmin>().CreateAsync(DemoName, cancellationToken);
        var now = created.Business.CreateTime;
        var expires = now + (long)TimeSpan.FromDays(730).TotalMilliseconds;
        db.Links.AddRange(
            DemoLink(created.Business.Id, "kelas", LinkKind.Link, "https://example.com/", now, expires),
            DemoLink(created.Business.Id, "سلام", LinkKind.Content, "سلام! این متن پشت یک لینک کوتاه نمایشی است.\nHello! This text sits behind a demo short link.", now, expires));
        await db.SaveChangesAsync(cancellationToken);

        return new DemoAccount(
            "Short links (POD tilin)",
            [
                $"business: {DemoName}",
                $"_token_: {created.Token}",
                $"scApiKey: {created.ApiKey}",
                "links: {base}/l/kelas (redirect) and {base}/l/سلام (text); QR codes at …/qr",
            ],
            $"curl -s {{base}}/srv/sc/nzh/doServiceCall -H '_token_: {created.Token}' -H '_token_issuer_: 1' -d scProductId=46412 -d scApiKey={created.ApiKey}");
    }

    private static Link DemoLink(long businessId, string hash, LinkKind kind, string value, long now, long expires) => new()
    {
        BusinessId = businessId,
        Hash = hash,
        Kind = kind,
        UrlOrContent = value,
        ContentKey = LinkRules.ContentKey(value),
        CustomHash = true,
        CreateTime = now,
        ExpireTime = expires,
    };
}
