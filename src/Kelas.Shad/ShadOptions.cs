using System.ComponentModel.DataAnnotations;

namespace Kelas.Shad;

internal sealed class ShadOptions
{
    public const string SectionName = "Shad";

    /// <summary>How long a login token is valid; the original's tokens live one hour.</summary>
    [Range(1, 7 * 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>Login attempts per landing id and minute, successful or not.</summary>
    [Range(1, 100_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Guards <c>GET /kelas/shad/launch</c>; unset, that endpoint does not exist (404).</summary>
    public string? OperatorKey { get; set; }

    [Range(256, 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 16 * 1024;
}
