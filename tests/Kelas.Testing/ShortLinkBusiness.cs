namespace Kelas.Testing;

/// <summary>A short-link business as the operator creates it: its id, name and both credentials.</summary>
public sealed record ShortLinkBusiness(long Id, string Name, string Token, string ApiKey);
