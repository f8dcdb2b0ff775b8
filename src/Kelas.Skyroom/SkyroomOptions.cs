using System.ComponentModel.DataAnnotations;

namespace Kelas.Skyroom;

internal sealed class SkyroomOptions
{
    public const string SectionName = "Skyroom";

    /// <summary>Base of the URLs the API hands out (room and login links); the request's own scheme and host when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Requests per minute per key, as the live service (500). Over it: HTTP 503 with Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int RateLimitPerMinute { get; set; } = 500;

    /// <summary>Bodies over this size are refused with code 13 before they are read whole.</summary>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Entries accepted in one list parameter (createUsers, addRoomUsers, deleteUsers …).</summary>
    [Range(1, 100_000)]
    public int MaxBatchItems { get; set; } = 1000;
}
