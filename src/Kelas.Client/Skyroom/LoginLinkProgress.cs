namespace Kelas.Client.Skyroom;

/// <summary>Progress of <see cref="SkyroomLoginLinkPreparer.PrepareAsync"/>, counting only the links it has to create.</summary>
/// <param name="Done">Links attempted so far, created or failed.</param>
/// <param name="Total">Links to create in all (existing links that last long enough are not counted).</param>
/// <param name="Failed">Attempts that failed so far.</param>
public sealed record LoginLinkProgress(int Done, int Total, int Failed);
