namespace Kelas.Testing;

/// <summary>A Skyroom account made for a test: its key, and the login-link secret entry will verify with.</summary>
public sealed record SkyroomTenant(long AccountId, string Slug, string ApiKey, long ServiceId, byte[] LoginSecret);
