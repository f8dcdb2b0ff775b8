using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kelas.Skyroom.Data;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> entity)
    {
        entity.ToTable("skyroom_accounts");
        entity.Property(a => a.Slug).HasMaxLength(63);
        entity.Property(a => a.KeyHash).HasMaxLength(64);
        entity.Property(a => a.KeyPrefix).HasMaxLength(50);
        entity.Property(a => a.LoginSecret).HasMaxLength(64);
        entity.HasIndex(a => a.Slug).IsUnique();
        entity.HasIndex(a => a.KeyHash).IsUnique();
    }
}

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> entity)
    {
        entity.ToTable("skyroom_services");
        entity.Property(s => s.Title).HasMaxLength(128);

        // Added after the table existed: the default fills in the rows that were there.
        entity.Property(s => s.TimeTotal).HasDefaultValue(0L);
        entity.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => new { s.AccountId, s.Id });
    }
}

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> entity)
    {
        entity.ToTable("skyroom_rooms");
        entity.Property(r => r.Name).HasMaxLength(128);
        entity.Property(r => r.Title).HasMaxLength(128);
        entity.Property(r => r.Description).HasMaxLength(512);
        entity.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(r => new { r.AccountId, r.Name }).IsUnique();
        entity.HasIndex(r => new { r.AccountId, r.Id });
        entity.HasIndex(r => r.ServiceId);
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> entity)
    {
        entity.ToTable("skyroom_users");
        entity.Property(u => u.Username).HasMaxLength(32);
        entity.Property(u => u.PasswordHash).HasMaxLength(128);
        entity.Property(u => u.Nickname).HasMaxLength(128);
        entity.Property(u => u.Email).HasMaxLength(128);
        entity.Property(u => u.Fname).HasMaxLength(128);
        entity.Property(u => u.Lname).HasMaxLength(128);
        entity.HasOne<Account>().WithMany().HasForeignKey(u => u.AccountId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(u => new { u.AccountId, u.Username }).IsUnique();
        entity.HasIndex(u => new { u.AccountId, u.Id });
    }
}

internal sealed class RoomUserConfiguration : IEntityTypeConfiguration<RoomUser>
{
    public void Configure(EntityTypeBuilder<RoomUser> entity)
    {
        entity.ToTable("skyroom_room_users");
        entity.HasKey(ru => new { ru.RoomId, ru.UserId });
        entity.HasOne<Room>().WithMany().HasForeignKey(ru => ru.RoomId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<User>().WithMany().HasForeignKey(ru => ru.UserId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(ru => ru.UserId);
    }
}

internal sealed class RoomSessionConfiguration : IEntityTypeConfiguration<RoomSession>
{
    public void Configure(EntityTypeBuilder<RoomSession> entity)
    {
        entity.ToTable("skyroom_sessions");
        entity.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Room>().WithMany().HasForeignKey(s => s.RoomId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => new { s.RoomId, s.StartTime });

        // One open session per room: two instances admitting the first two people at once cannot open two.
        entity.HasIndex(s => s.RoomId).IsUnique().HasFilter("stop_time IS NULL").HasDatabaseName("IX_skyroom_sessions_open_room_id");
    }
}

internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    public void Configure(EntityTypeBuilder<Connection> entity)
    {
        entity.ToTable("skyroom_connections");
        entity.Property(c => c.ApiUserId).HasMaxLength(128);
        entity.Property(c => c.ClientId).HasMaxLength(140);
        entity.Property(c => c.Nickname).HasMaxLength(128);
        entity.Property(c => c.Instance).HasMaxLength(32);
        entity.HasOne<RoomSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(c => c.SessionId);
        entity.HasIndex(c => c.UserId);

        // Everything that counts who is inside reads only open connections.
        entity.HasIndex(c => new { c.AccountId, c.RoomId }).HasFilter("stop_time IS NULL").HasDatabaseName("IX_skyroom_connections_open");
    }
}

internal sealed class ChatMessageConfiguration : IEntityTypeConfiguration<ChatMessage>
{
    public void Configure(EntityTypeBuilder<ChatMessage> entity)
    {
        entity.ToTable("skyroom_chat_messages");
        entity.Property(m => m.Nickname).HasMaxLength(128);
        entity.Property(m => m.Text).HasMaxLength(1000);
        entity.HasOne<RoomSession>().WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(m => new { m.SessionId, m.Id });
    }
}
