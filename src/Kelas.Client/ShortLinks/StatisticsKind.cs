namespace Kelas.Client.ShortLinks;

/// <summary>
/// The bucket size of a link's click statistics (<c>kind</c> on the wire). Each allows a longest range:
/// the service answers code 116 for a wider one.
/// </summary>
public enum StatisticsKind
{
    /// <summary>Clicks per minute, over at most 2 hours (<c>minute</c>).</summary>
    Minute,

    /// <summary>Clicks per hour, over at most a week (<c>hour</c>).</summary>
    Hour,

    /// <summary>Clicks per day, over at most a month (<c>day</c>).</summary>
    Day,

    /// <summary>Clicks per month, over at most 20 years (<c>month</c>), the service's default.</summary>
    Month,
}
