using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kelas.Shad.Data;

internal sealed class ShadEventConfiguration : IEntityTypeConfiguration<ShadEvent>
{
    public const int MaxTitleLength = 200;
    public const int MaxUrlLength = 2_000;
    public const int MaxUsernameLength = 100;

    public void Configure(EntityTypeBuilder<ShadEvent> entity)
    {
        entity.ToTable("shad_events");
        entity.Property(e => e.Title).HasMaxLength(MaxTitleLength);
        entity.Property(e => e.LandingUrl).HasMaxLength(MaxUrlLength);
        entity.Property(e => e.Username).HasMaxLength(MaxUsernameLength);
        entity.Property(e => e.PasswordHash).HasMaxLength(200);
        entity.Property(e => e.ApiKeyHash).HasMaxLength(64);
        entity.Property(e => e.ApiKeyPrefix).HasMaxLength(8);
        entity.Property(e => e.PairwiseSecret).HasMaxLength(64);
        entity.HasIndex(e => e.LandingId).IsUnique();
    }
}

internal sealed class DirectoryUserConfiguration : IEntityTypeConfiguration<DirectoryUser>
{
    public const int MaxTextLength = 200;
    public const int MaxMobileLength = 20;
    public const int MaxNationalIdLength = 20;

    public void Configure(EntityTypeBuilder<DirectoryUser> entity)
    {
        entity.ToTable("shad_users");
        entity.Property(u => u.Id).ValueGeneratedNever();
        entity.Property(u => u.NationalId).HasMaxLength(MaxNationalIdLength);
        entity.Property(u => u.Name).HasMaxLength(MaxTextLength);
        entity.Property(u => u.Family).HasMaxLength(MaxTextLength);
        entity.Property(u => u.Mobile).HasMaxLength(MaxMobileLength);
        entity.Property(u => u.ProvinceName).HasMaxLength(MaxTextLength);
        entity.Property(u => u.DistrictName).HasMaxLength(MaxTextLength);
        entity.Property(u => u.CourseStudy).HasMaxLength(MaxTextLength);
        entity.Property(u => u.Role).HasMaxLength(MaxTextLength);
    }
}

internal sealed class EventUserConfiguration : IEntityTypeConfiguration<EventUser>
{
    public const int HashedIdLength = 47;

    public void Configure(EntityTypeBuilder<EventUser> entity)
    {
        entity.ToTable("shad_event_users");
        entity.HasKey(e => new { e.EventId, e.HashedId });
        entity.Property(e => e.HashedId).HasMaxLength(HashedIdLength);
        entity.HasIndex(e => new { e.EventId, e.UserId }).IsUnique();
        entity.HasIndex(e => e.UserId);
        entity.HasOne<ShadEvent>().WithMany().HasForeignKey(e => e.EventId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<DirectoryUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServerSecretConfiguration : IEntityTypeConfiguration<ServerSecret>
{
    public void Configure(EntityTypeBuilder<ServerSecret> entity)
    {
        entity.ToTable("shad_secrets");
        entity.HasKey(s => s.Name);
        entity.Property(s => s.Name).HasMaxLength(64);
        entity.Property(s => s.Value).HasMaxLength(200);
    }
}
