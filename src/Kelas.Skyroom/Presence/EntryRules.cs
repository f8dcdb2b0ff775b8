using Kelas.Skyroom.Data;
using Kelas.Skyroom.Entry;

namespace Kelas.Skyroom.Presence;

/// <summary>What a room's rules say about someone: come in, wait in the lobby, or not.</summary>
internal readonly record struct EntryDecision(EntryVerdict Verdict, EntryRefusal Refusal = default)
{
    public static readonly EntryDecision Admit = new(EntryVerdict.Admit);

    public static readonly EntryDecision Wait = new(EntryVerdict.Lobby);

    public static EntryDecision Refuse(EntryRefusal refusal) => new(EntryVerdict.Refuse, refusal);
}

internal enum EntryVerdict
{
    Admit,
    Lobby,
    Refuse,
}

/// <summary>Who is inside, as the limits count it (open connections an instance still vouches for).</summary>
internal sealed record Occupancy(int ServiceOnline, int RoomOnline, int RoomGuests, int SameClient, int SameUser, bool OperatorInside);

/// <summary>The rows the rules read, loaded together.</summary>
/// <param name="Access">The user's access to the room (null: none); for other kinds, the identity's own.</param>
internal sealed record RoomState(Account Account, Service Service, Room Room, RoomSession? OpenSession, User? User, int? Access);

/// <summary>A limit that will let someone out: which, and in how many seconds (0 or less: now).</summary>
internal readonly record struct Deadline(EntryRefusal Reason, long SecondsLeft);

/// <summary>
/// The rules the API's fields imply, as pure functions of the stored rows and the occupancy. Entry and the periodic
/// check inside the room read the same rules, so a person is never let in by one and thrown out by the other.
/// </summary>
internal static class EntryRules
{
    public static EntryDecision Decide(EntryIdentity who, RoomState state, Occupancy occupancy, long now)
    {
        if (StandingRefusal(who, state, now) is { } refusal)
        {
            return EntryDecision.Refuse(refusal);
        }

        var (service, room, user) = (state.Service, state.Room, state.User);
        if (state.OpenSession is { } session && room.SessionDuration is > 0 && now - session.StartTime >= room.SessionDuration.Value * 60L)
        {
            return EntryDecision.Refuse(EntryRefusal.SessionOver);
        }

        if (room.OpLoginFirst && !who.IsOperator && !occupancy.OperatorInside)
        {
            return EntryDecision.Wait;
        }

        if (occupancy.ServiceOnline >= service.UserLimit)
        {
            return EntryDecision.Refuse(EntryRefusal.ServiceFull);
        }

        if (room.MaxUsers is > 0 && occupancy.RoomOnline >= room.MaxUsers.Value)
        {
            return EntryDecision.Refuse(EntryRefusal.RoomFull);
        }

        if (who.IsGuest && room.GuestLimit > 0 && occupancy.RoomGuests >= room.GuestLimit)
        {
            return EntryDecision.Refuse(EntryRefusal.GuestsFull);
        }

        if (who.Kind == EntryKind.ApiLink && who.Concurrent > 0 && occupancy.SameClient >= who.Concurrent)
        {
            return EntryDecision.Refuse(EntryRefusal.TokenConcurrent);
        }

        if (user is not null && user.Concurrent > 0 && occupancy.SameUser >= user.Concurrent)
        {
            return EntryDecision.Refuse(EntryRefusal.UserConcurrent);
        }

        return EntryDecision.Admit;
    }

    /// <summary>
    /// The rules that hold for the whole stay, at entry and inside: statuses, the service's dates, the user's status,
    /// expiry and access, guests allowed, and used-up time.
    /// </summary>
    public static EntryRefusal? StandingRefusal(EntryIdentity who, RoomState state, long now)
    {
        var (account, service, room, user) = (state.Account, state.Service, state.Room, state.User);
        if (account.Status != 1)
        {
            return EntryRefusal.AccountDisabled;
        }

        if (room.Status != 1)
        {
            return EntryRefusal.RoomDisabled;
        }

        if (service.Status != 1)
        {
            return EntryRefusal.ServiceDisabled;
        }

        if (service.StartTime is { } start && now < start)
        {
            return EntryRefusal.ServiceNotStarted;
        }

        if (service.StopTime is { } stop && now >= stop)
        {
            return EntryRefusal.ServiceEnded;
        }

        if (who.Kind == EntryKind.User)
        {
            if (user is null || state.Access is null)
            {
                return EntryRefusal.NoAccess;
            }

            if (user.Status != 1)
            {
                return EntryRefusal.UserDisabled;
            }

            if (user.ExpiryDate is { } expiry && now >= expiry)
            {
                return EntryRefusal.UserExpired;
            }
        }

        if (who.IsGuest && !room.GuestLogin)
        {
            return EntryRefusal.GuestsNotAllowed;
        }

        if (service.TimeLimit is { } serviceLimit && service.TimeUsage >= serviceLimit)
        {
            return EntryRefusal.TimeLimitService;
        }

        if (room.TimeLimit is { } roomLimit && room.TimeUsage >= roomLimit)
        {
            return EntryRefusal.TimeLimitRoom;
        }

        if (user?.TimeLimit is { } userLimit && user.TimeUsage >= userLimit)
        {
            return EntryRefusal.TimeLimitUser;
        }

        return null;
    }

    /// <summary>
    /// The nearest limit that will let this person out, given how many people draw on each shared time budget
    /// (person-seconds run out that many times faster). Null when nothing ends their stay.
    /// </summary>
    public static Deadline? NearestDeadline(RoomState state, long now, int serviceOnline, int roomOnline, int userOnline)
    {
        Deadline? nearest = null;
        void Consider(EntryRefusal reason, long secondsLeft)
        {
            if (nearest is null || secondsLeft < nearest.Value.SecondsLeft)
            {
                nearest = new Deadline(reason, secondsLeft);
            }
        }

        var (service, room, user) = (state.Service, state.Room, state.User);
        if (service.StopTime is { } stop)
        {
            Consider(EntryRefusal.ServiceEnded, stop - now);
        }

        if (user?.ExpiryDate is { } expiry)
        {
            Consider(EntryRefusal.UserExpired, expiry - now);
        }

        if (state.OpenSession is { } session && room.SessionDuration is > 0)
        {
            Consider(EntryRefusal.SessionOver, session.StartTime + (room.SessionDuration.Value * 60L) - now);
        }

        if (service.TimeLimit is { } serviceLimit)
        {
            Consider(EntryRefusal.TimeLimitService, SecondsOfBudget(serviceLimit - service.TimeUsage, serviceOnline));
        }

        if (room.TimeLimit is { } roomLimit)
        {
            Consider(EntryRefusal.TimeLimitRoom, SecondsOfBudget(roomLimit - room.TimeUsage, roomOnline));
        }

        if (user?.TimeLimit is { } userLimit)
        {
            Consider(EntryRefusal.TimeLimitUser, SecondsOfBudget(userLimit - user.TimeUsage, userOnline));
        }

        return nearest;
    }

    private static long SecondsOfBudget(long personSecondsLeft, int people) =>
        personSecondsLeft <= 0 ? 0 : personSecondsLeft / Math.Max(1, people);
}
