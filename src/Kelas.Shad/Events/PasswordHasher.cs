using Kelas.Core.Security;

namespace Kelas.Shad.Events;

/// <summary>Event passwords; an unknown event is checked against a decoy hash, so it costs as long as a wrong password.</summary>
internal static class PasswordHasher
{
    private const int Iterations = 100_000;

    public static string Hash(string password) => PasswordHashes.Hash(password, Iterations);

    public static bool Verify(string password, string? stored) => PasswordHashes.Verify(password, stored);
}
