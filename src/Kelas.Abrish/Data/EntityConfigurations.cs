using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kelas.Abrish.Data;

internal sealed class RegistrantConfiguration : IEntityTypeConfiguration<Registrant>
{
    public const int MaxNameLength = 254;

    public void Configure(EntityTypeBuilder<Registrant> entity)
    {
        entity.ToTable("abrish_registrants");
        entity.Property(r => r.Name).HasMaxLength(MaxNameLength);
        entity.Property(r => r.ApiKey).HasMaxLength(64);
        entity.HasIndex(r => r.Name).IsUnique();
    }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public const int MaxNameLength = 100;
    public const int MaxPlanLength = 100;

    public void Configure(EntityTypeBuilder<Organization> entity)
    {
        entity.ToTable("abrish_organizations");
        entity.Property(o => o.Name).HasMaxLength(MaxNameLength);
        entity.Property(o => o.PlanType).HasMaxLength(MaxPlanLength);
        entity.Property(o => o.Duration).HasMaxLength(10);
        entity.HasOne<Registrant>().WithMany().HasForeignKey(o => o.RegistrantId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(o => o.RegistrantId);
    }
}

internal sealed class OrganizationUserConfiguration : IEntityTypeConfiguration<OrganizationUser>
{
    public const int MaxNameLength = 50;
    public const int MaxUserNameLength = 16;

    public void Configure(EntityTypeBuilder<OrganizationUser> entity)
    {
        entity.ToTable("abrish_users");
        entity.Property(u => u.FirstName).HasMaxLength(MaxNameLength);
        entity.Property(u => u.LastName).HasMaxLength(MaxNameLength);
        entity.Property(u => u.UserName).HasMaxLength(MaxUserNameLength);
        entity.Property(u => u.UserNameKey).HasMaxLength(MaxUserNameLength);
        entity.Property(u => u.BirthDate).HasMaxLength(10);
        entity.Property(u => u.Cell).HasMaxLength(11);
        entity.Property(u => u.PasswordHash).HasMaxLength(200);
        entity.Property(u => u.SearchText).HasMaxLength(200);
        entity.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(u => new { u.OrganizationId, u.UserNameKey }).IsUnique();
    }
}

internal sealed class UsedNonceConfiguration : IEntityTypeConfiguration<UsedNonce>
{
    public const int MaxNonceLength = 64;

    public void Configure(EntityTypeBuilder<UsedNonce> entity)
    {
        entity.ToTable("abrish_nonces");
        entity.HasKey(n => new { n.RegistrantId, n.Nonce });
        entity.Property(n => n.Nonce).HasMaxLength(MaxNonceLength);
        entity.HasOne<Registrant>().WithMany().HasForeignKey(n => n.RegistrantId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(n => new { n.RegistrantId, n.SeenAt });
    }
}
