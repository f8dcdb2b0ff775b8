using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Kelas.Skyroom.Presence;

/// <summary>
/// Signals between instances over PostgreSQL's LISTEN/NOTIFY on one channel. Each instance keeps one connection
/// listening; a signal is a NOTIFY whose payload is the signal's JSON (chat lines are at most 1,000 characters, well
/// inside NOTIFY's 8,000 bytes). A lost listening connection is reopened, after which readers resynchronise.
/// </summary>
internal sealed partial class PostgresRoomBus(string connectionString, ILogger<PostgresRoomBus> logger) : BackgroundService, IRoomBus
{
    public const string ChannelName = "kelas_skyroom_rooms";

    private readonly Channel<RoomSignal> channel = Channel.CreateUnbounded<RoomSignal>(new UnboundedChannelOptions { SingleReader = true });
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public event Action? Resynchronise;

    /// <summary>Completes once the first LISTEN is in place, so nothing published after start-up is missed.</summary>
    public Task Listening => listening.Task;

    public async Task PublishAsync(RoomSignal signal, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT pg_notify(@channel, @payload)");
        command.Parameters.AddWithValue("channel", ChannelName);
        command.Parameters.AddWithValue("payload", RoomSignalJsonContext.Write(signal));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ChannelReader<RoomSignal> Subscribe() => channel.Reader;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reconnecting = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (RoomSignalJsonContext.Read(e.Payload) is { } signal)
                    {
                        channel.Writer.TryWrite(signal);
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                listening.TrySetResult();
                if (reconnecting)
                {
                    Resynchronise?.Invoke();
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or IOException)
            {
                LogListenFailed(logger, exception);
                reconnecting = true;
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        dataSource.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for room signals failed; reconnecting")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
