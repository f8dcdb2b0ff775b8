using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Kelas.Core.Security;

/// <summary>
/// Password hashes as <c>pbkdf2-sha256$iterations$salt$hash</c> (base64), shared by every module. The iteration
/// count is stored with each hash, so a module can raise its count later without breaking stored ones.
/// </summary>
public static class PasswordHashes
{
    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private const int DecoyIterations = 100_000;

    /// <summary>Checked against when there is no stored hash, so "no such account" costs as long as "wrong password".</summary>
    private static readonly string Decoy = Hash(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), DecoyIterations);

    public static string Hash(string password, int iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Compares in constant time; a null <paramref name="stored"/> does the same work and answers false.</summary>
    public static bool Verify(string password, string? stored)
    {
        var parts = (stored ?? Decoy).Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(
            Encoding.UTF8.GetBytes(password), Convert.FromBase64String(parts[2]), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected) && stored is not null;
    }
}
