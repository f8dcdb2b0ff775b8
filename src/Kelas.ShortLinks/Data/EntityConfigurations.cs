using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kelas.ShortLinks.Data;

internal sealed class BusinessConfiguration : IEntityTypeConfiguration<Business>
{
    public void Configure(EntityTypeBuilder<Business> entity)
    {
        entity.ToTable("shortlink_businesses");
        entity.Property(b => b.Name).HasMaxLength(63);
        entity.Property(b => b.TokenHash).HasMaxLength(64);
        entity.Property(b => b.TokenPrefix).HasMaxLength(8);
        entity.Property(b => b.ApiKeyHash).HasMaxLength(64);
        entity.HasIndex(b => b.Name).IsUnique();
        entity.HasIndex(b => b.TokenHash).IsUnique();
    }
}

internal sealed class LinkConfiguration : IEntityTypeConfiguration<Link>
{
    public const int MaxHashLength = 32;
    public const int MaxContentLength = 10_000;
    public const int MaxTagsLength = 1_300;

    public void Configure(EntityTypeBuilder<Link> entity)
    {
        entity.ToTable("shortlink_links");
        entity.Property(l => l.Hash).HasMaxLength(MaxHashLength);
        entity.Property(l => l.UrlOrContent).HasMaxLength(MaxContentLength);
        entity.Property(l => l.ContentKey).HasMaxLength(64);
        entity.Property(l => l.Tags).HasMaxLength(MaxTagsLength);
        entity.HasOne<Business>().WithMany().HasForeignKey(l => l.BusinessId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(l => l.Hash).IsUnique();
        entity.HasIndex(l => new { l.BusinessId, l.ContentKey }).IsUnique();
        entity.HasIndex(l => new { l.BusinessId, l.CreateTime });
    }
}

internal sealed class VisitCountConfiguration : IEntityTypeConfiguration<VisitCount>
{
    public const int MaxNameLength = 255;

    public void Configure(EntityTypeBuilder<VisitCount> entity)
    {
        entity.ToTable("shortlink_visit_counts");
        entity.HasKey(v => new { v.LinkId, v.Level, v.Bucket, v.Dimension, v.Parent, v.Name });
        entity.Property(v => v.Parent).HasMaxLength(MaxNameLength);
        entity.Property(v => v.Name).HasMaxLength(MaxNameLength);
        entity.HasOne<Link>().WithMany().HasForeignKey(v => v.LinkId).OnDelete(DeleteBehavior.Cascade);
    }
}
