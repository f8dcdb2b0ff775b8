using System.Collections.Frozen;
using System.Text.Json;
using Kelas.ShortLinks.Links;
using Kelas.ShortLinks.Statistics;

namespace Kelas.ShortLinks;

/// <summary>The original's service ids (<c>scProductId</c>) and their handlers.</summary>
internal static class ShortLinkServiceTable
{
    public const long Add = 46410;
    public const long Visit = 46411;
    public const long List = 46412;
    public const long SetStatus = 46413;
    public const long Statistics = 46414;

    public static FrozenDictionary<long, Func<ShortLinkCall, CancellationToken, Task<Action<Utf8JsonWriter>>>> Handlers { get; } =
        new Dictionary<long, Func<ShortLinkCall, CancellationToken, Task<Action<Utf8JsonWriter>>>>
        {
            [Add] = LinkServices.AddAsync,
            [Visit] = LinkServices.VisitAsync,
            [List] = ListLinksService.ListAsync,
            [SetStatus] = LinkServices.SetStatusAsync,
            [Statistics] = StatisticsService.GetAsync,
        }.ToFrozenDictionary();
}
