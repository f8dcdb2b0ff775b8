namespace Kelas.Client.Skyroom;

/// <summary>A login link and when it stops working.</summary>
/// <param name="Url">The link.</param>
/// <param name="ExpiresAt">When the link expires.</param>
public sealed record LoginLink(string Url, DateTimeOffset ExpiresAt);
