using System.Text;

namespace Kelas.Client.Shad;

/// <summary>
/// What the Shad operations team gives an event's organizer: the event's number (<c>landingId</c>, also the
/// <c>EventId</c> of <c>GetUserInfoByApiKey</c>), a username and password for the token login, and an apiKey.
/// Give the username and password, the apiKey, or both. <see cref="ToString"/> never shows the secrets.
/// </summary>
/// <param name="LandingId">The event's number.</param>
/// <param name="Username">The login username, for <see cref="ShadEventClient.GetUserInfoAsync"/>.</param>
/// <param name="Password">The login password, for <see cref="ShadEventClient.GetUserInfoAsync"/>.</param>
/// <param name="ApiKey">The apiKey, for <see cref="ShadEventClient.GetUserInfoByApiKeyAsync"/>.</param>
public sealed record ShadEventCredentials(long LandingId, string? Username = null, string? Password = null, string? ApiKey = null)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("LandingId = ").Append(LandingId)
            .Append(", Username = ").Append(Username)
            .Append(", Password = ").Append(Password is null ? "null" : "***")
            .Append(", ApiKey = ").Append(ApiKey is null ? "null" : "***");
        return true;
    }
}
