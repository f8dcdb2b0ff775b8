using System.Data.Common;
using System.Globalization;
using System.Text;
using Kelas.ShortLinks.Analytics;
using Kelas.ShortLinks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kelas.ShortLinks.Visits;

/// <summary>
/// Stores queued visits in batches, off the redirect path: every <c>VisitFlushMilliseconds</c> (or at once when a
/// batch fills) it folds what is queued into counter increments and writes them in one transaction. On a graceful
/// stop it drains the queue first; a failed write is retried, never dropped.
/// </summary>
internal sealed partial class VisitWriter(
    VisitQueue queue,
    IServiceScopeFactory scopes,
    IGeoLocator geo,
    IUserAgentClassifier agents,
    IOptions<ShortLinksOptions> options,
    ILogger<VisitWriter> logger) : BackgroundService
{
    // Rows per INSERT: 7 parameters each stays far below SQLite's and PostgreSQL's parameter limits.
    private const int RowsPerStatement = 500;

    private readonly SemaphoreSlim wake = new(0);
    private long stored;

    /// <summary>Visits taken from the queue and stored (or discarded as bots) so far.</summary>
    public long Stored => Interlocked.Read(ref stored);

    /// <summary>Returns once every visit queued before the call is stored.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var target = queue.Enqueued;
        while (Stored < target)
        {
            wake.Release();
            await Task.Delay(5, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.VisitFlushMilliseconds);
        var aggregate = new VisitAggregate();
        var stopping = false;
        while (!stopping)
        {
            try
            {
                await wake.WaitAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                // The web server has stopped taking requests by now: drain what is left, then end.
                stopping = true;
            }

            await DrainAsync(aggregate, stopping);
        }
    }

    private async Task DrainAsync(VisitAggregate aggregate, bool stopping)
    {
        var batchSize = options.Value.VisitBatchSize;
        while (true)
        {
            aggregate.Clear();
            var taken = 0;
            while (taken < batchSize && queue.Reader.TryRead(out var visit))
            {
                taken++;
                Fold(aggregate, visit);
            }

            if (taken == 0)
            {
                return;
            }

            if (aggregate.Visits > 0)
            {
                await StoreWithRetriesAsync(aggregate, stopping);
            }

            Interlocked.Add(ref stored, taken);
            if (taken < batchSize)
            {
                return;
            }
        }
    }

    private void Fold(VisitAggregate aggregate, PendingVisit visit)
    {
        var agent = agents.Classify(visit.Visitor.UserAgent);
        if (agent.IsBot && !visit.Explicit)
        {
            return;
        }

        aggregate.Add(visit.LinkId, visit.Time, Trim(geo.Locate(visit.Visitor.Address)), agent, ReferrerHost(visit.Visitor.Referrer));
    }

    private async Task StoreWithRetriesAsync(VisitAggregate aggregate, bool stopping)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StoreAsync(aggregate);
                return;
            }
            catch (Exception exception) when (exception is DbException or InvalidOperationException or TimeoutException)
            {
                if (stopping && attempt >= 3)
                {
                    LogDropped(logger, exception, aggregate.Visits);
                    return;
                }

                LogRetrying(logger, exception, aggregate.Visits, delay.TotalMilliseconds);
                await Task.Delay(delay);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5_000));
            }
        }
    }

    private async Task StoreAsync(VisitAggregate aggregate)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShortLinksDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();

        if (db.Database.IsSqlite())
        {
            await UpsertOneByOneAsync(connection, dbTransaction, aggregate);
        }
        else
        {
            await UpsertInChunksAsync(connection, dbTransaction, aggregate);
        }

        foreach (var (linkId, visits) in aggregate.VisitsPerLink())
        {
            await using var command = connection.CreateCommand();
            command.Transaction = dbTransaction;
            command.CommandText = "UPDATE shortlink_links SET visit_count = visit_count + @n WHERE id = @id";
            Add(command, "@n", visits);
            Add(command, "@id", linkId);
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private const string UpsertColumns = "INSERT INTO shortlink_visit_counts (link_id, level, bucket, dimension, parent, name, count) VALUES ";
    private const string UpsertConflict = " ON CONFLICT (link_id, level, bucket, dimension, parent, name) DO UPDATE SET count = shortlink_visit_counts.count + excluded.count";

    /// <summary>SQLite: one prepared statement, re-bound per row, is its fastest way (no round trips to save).</summary>
    private static async Task UpsertOneByOneAsync(DbConnection connection, DbTransaction transaction, VisitAggregate aggregate)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = UpsertColumns + "(@l,@v,@b,@d,@p,@n,@c)" + UpsertConflict;
        var parameters = new[] { "@l", "@v", "@b", "@d", "@p", "@n", "@c" }.Select(name => Add(command, name, 0L)).ToArray();
        foreach (var (key, count) in aggregate.Counts())
        {
            parameters[0].Value = key.LinkId;
            parameters[1].Value = (int)key.Level;
            parameters[2].Value = key.Bucket;
            parameters[3].Value = (int)key.Dimension;
            parameters[4].Value = key.Parent;
            parameters[5].Value = key.Name;
            parameters[6].Value = count;
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>PostgreSQL: many rows per statement, to save round trips.</summary>
    private static async Task UpsertInChunksAsync(DbConnection connection, DbTransaction transaction, VisitAggregate aggregate)
    {
        foreach (var chunk in aggregate.Counts().Chunk(RowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder(UpsertColumns);
            for (var i = 0; i < chunk.Length; i++)
            {
                var (key, count) = chunk[i];
                sql.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"(@l{i},@v{i},@b{i},@d{i},@p{i},@n{i},@c{i})");
                Add(command, $"@l{i}", key.LinkId);
                Add(command, $"@v{i}", (int)key.Level);
                Add(command, $"@b{i}", key.Bucket);
                Add(command, $"@d{i}", (int)key.Dimension);
                Add(command, $"@p{i}", key.Parent);
                Add(command, $"@n{i}", key.Name);
                Add(command, $"@c{i}", count);
            }

            command.CommandText = sql.Append(UpsertConflict).ToString();
            await command.ExecuteNonQueryAsync();
        }
    }

    private static DbParameter Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static GeoPlace Trim(GeoPlace place) =>
        place.Country.Length <= VisitCountConfiguration.MaxNameLength && place.City.Length <= VisitCountConfiguration.MaxNameLength
            ? place
            : new GeoPlace(Cut(place.Country), Cut(place.City));

    private static string Cut(string text) => text.Length <= VisitCountConfiguration.MaxNameLength ? text : text[..VisitCountConfiguration.MaxNameLength];

    /// <summary>The referring page's host name, the only part of a referrer that is kept.</summary>
    internal static string ReferrerHost(string? referrer) =>
        Uri.TryCreate(referrer, UriKind.Absolute, out var uri) && uri.Host.Length is > 0 and <= VisitCountConfiguration.MaxNameLength
            ? uri.Host.ToLowerInvariant()
            : GeoPlace.UnknownName;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing {Visits} visits failed; retrying in {DelayMs} ms")]
    private static partial void LogRetrying(ILogger logger, Exception exception, int visits, double delayMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing {Visits} visits failed while stopping; they are lost")]
    private static partial void LogDropped(ILogger logger, Exception exception, int visits);
}
