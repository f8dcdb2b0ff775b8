namespace Kelas.Shad.Tokens;

/// <summary>What a valid login token says: which event (and which of its token versions) it was issued to.</summary>
internal readonly record struct EventToken(long EventId, long LandingId, int Version, long ExpiresAt);
