namespace Kelas.ShortLinks.Analytics;

/// <summary>Classifies User-Agent strings; safe to call from many threads at once.</summary>
internal interface IUserAgentClassifier
{
    UserAgentInfo Classify(string? userAgent);
}
