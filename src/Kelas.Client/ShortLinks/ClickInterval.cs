namespace Kelas.Client.ShortLinks;

/// <summary>The clicks inside one minute, hour, day or month.</summary>
/// <param name="Start">The UTC start of the bucket.</param>
/// <param name="Count">How many clicks fall inside it.</param>
public sealed record ClickInterval(DateTimeOffset Start, long Count);
