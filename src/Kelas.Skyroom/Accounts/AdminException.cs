namespace Kelas.Skyroom.Accounts;

/// <summary>An operator mistake, reported on stderr with a non-zero exit code.</summary>
internal sealed class AdminException(string message) : Exception(message);
