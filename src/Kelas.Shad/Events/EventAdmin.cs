using System.Security.Cryptography;
using Kelas.Core.Commands;
using Kelas.Core.Database;
using Kelas.Shad.Data;
using Microsoft.EntityFrameworkCore;

namespace Kelas.Shad.Events;

/// <summary>Operator-side event management, shared by the command line, the demo seeder and the tests.</summary>
internal sealed class EventAdmin(ShadDbContext db, TimeProvider clock)
{
    public sealed record Created(ShadEvent Event, string ApiKey);

    public async Task<Created> CreateAsync(long landingId, string title, string landingUrl, string username, string password, CancellationToken cancellationToken)
    {
        if (landingId <= 0)
        {
            throw new OperatorException("The landing id must be a positive number.");
        }

        if (string.IsNullOrWhiteSpace(title) || title.Length > ShadEventConfiguration.MaxTitleLength)
        {
            throw new OperatorException($"The title must be 1-{ShadEventConfiguration.MaxTitleLength} characters.");
        }

        if (landingUrl.Length > ShadEventConfiguration.MaxUrlLength || !Uri.TryCreate(landingUrl, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new OperatorException($"'{landingUrl}' is not an absolute http or https URL.");
        }

        if (string.IsNullOrWhiteSpace(username) || username.Length > ShadEventConfiguration.MaxUsernameLength)
        {
            throw new OperatorException($"The username must be 1-{ShadEventConfiguration.MaxUsernameLength} characters.");
        }

        if (password.Length < 8)
        {
            throw new OperatorException("The password must be at least 8 characters.");
        }

        var shadEvent = new ShadEvent
        {
            LandingId = landingId,
            Title = title,
            LandingUrl = landingUrl,
            Username = username,
            PasswordHash = PasswordHasher.Hash(password),
            PairwiseSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            CreateTime = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        var apiKey = SetNewApiKey(shadEvent);
        db.Events.Add(shadEvent);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new OperatorException($"An event with landing id {landingId} already exists.");
        }

        return new Created(shadEvent, apiKey);
    }

    /// <summary>A new apiKey; the old one and every login token of the event stop working at once.</summary>
    public async Task<Created> RotateKeyAsync(long landingId, CancellationToken cancellationToken)
    {
        var shadEvent = await RequireAsync(landingId, cancellationToken);
        var apiKey = SetNewApiKey(shadEvent);
        shadEvent.TokenVersion++;
        await db.SaveChangesAsync(cancellationToken);
        return new Created(shadEvent, apiKey);
    }

    public async Task SetEnabledAsync(long landingId, bool enabled, CancellationToken cancellationToken)
    {
        var shadEvent = await RequireAsync(landingId, cancellationToken);
        if (shadEvent.Enabled != enabled)
        {
            shadEvent.Enabled = enabled;
            shadEvent.TokenVersion++;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public sealed record Summary(ShadEvent Event, int HandedOffUsers);

    public async Task<List<Summary>> ListAsync(CancellationToken cancellationToken)
    {
        var events = await db.Events.AsNoTracking().OrderBy(e => e.LandingId).ToListAsync(cancellationToken);
        var counts = await db.EventUsers.GroupBy(u => u.EventId)
            .Select(g => new { EventId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.EventId, c => c.Count, cancellationToken);
        return events.Select(e => new Summary(e, counts.GetValueOrDefault(e.Id))).ToList();
    }

    public async Task<ShadEvent> RequireAsync(long landingId, CancellationToken cancellationToken) =>
        await db.Events.FirstOrDefaultAsync(e => e.LandingId == landingId, cancellationToken)
        ?? throw new OperatorException($"No event with landing id {landingId}.");

    private static string SetNewApiKey(ShadEvent shadEvent)
    {
        var apiKey = ApiKeys.Generate();
        shadEvent.ApiKeyHash = ApiKeys.Hash(apiKey);
        shadEvent.ApiKeyPrefix = apiKey[..8];
        return apiKey;
    }
}
