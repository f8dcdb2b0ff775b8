namespace Kelas.Core.Modules;

/// <summary>
/// Demo credentials created on first start. <paramref name="Credentials"/> and <paramref name="CurlLine"/> are templates in which
/// <c>{base}</c> stands for the server's public base URL, known only once it listens.
/// </summary>
public sealed record DemoAccount(string Service, IReadOnlyList<string> Credentials, string CurlLine);
