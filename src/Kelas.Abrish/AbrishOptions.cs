using System.ComponentModel.DataAnnotations;

namespace Kelas.Abrish;

internal sealed class AbrishOptions
{
    public const string SectionName = "Abrish";

    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>PBKDF2-SHA256 iterations for users' passwords (stored with each hash, so raising it later is safe).</summary>
    [Range(1_000, 10_000_000)]
    public int PasswordHashIterations { get; set; } = 100_000;
}
