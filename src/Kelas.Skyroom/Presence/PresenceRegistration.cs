using Kelas.Core.Database;
using Kelas.Skyroom.Entry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kelas.Skyroom.Presence;

internal static class PresenceRegistration
{
    /// <summary>Room entry's services: the shared presence, this instance's hub, and the bus between instances.</summary>
    public static IServiceCollection AddRoomPresence(this IServiceCollection services)
    {
        services.AddOptions<PresenceOptions>().BindConfiguration(PresenceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RoomPresence>();
        services.AddSingleton<IRoomBus>(provider =>
        {
            var bus = provider.GetRequiredService<IOptions<PresenceOptions>>().Value.Bus;
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var onPostgres = database.ParsedProvider == DatabaseProvider.Postgres;
            if (bus == "postgres" && !onPostgres)
            {
                throw new InvalidOperationException("Skyroom:Presence:Bus=postgres needs Database:Provider=postgres.");
            }

            return bus == "postgres" || (bus == "auto" && onPostgres)
                ? new PostgresRoomBus(database.ConnectionString!, provider.GetRequiredService<ILogger<PostgresRoomBus>>())
                : new InProcessRoomBus();
        });

        // The PostgreSQL bus listens in the background; it starts before the hub so the hub's first signals are heard.
        services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<IRoomBus>() as IHostedService ?? NoBackgroundWork.Instance);
        services.AddSingleton<RoomHub>();
        services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<RoomHub>());
        return services;
    }

    private sealed class NoBackgroundWork : IHostedService
    {
        public static readonly NoBackgroundWork Instance = new();

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
