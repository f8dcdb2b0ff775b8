using Kelas.Core.Security;

namespace Kelas.Skyroom.Users;

/// <summary>
/// Skyroom user passwords. The iteration count is modest on purpose: classroom passwords are short-lived, and bulk
/// <c>createUsers</c> calls must not take minutes. The count is stored with each hash so it can be raised later.
/// </summary>
internal static class PasswordHasher
{
    private const int Iterations = 10_000;

    public static string Hash(string password) => PasswordHashes.Hash(password, Iterations);

    /// <summary>False for a null hash too, after the same work as a real check (an unknown user costs what a wrong password does).</summary>
    public static bool Verify(string password, string? stored) => PasswordHashes.Verify(password, stored);
}
