using Kelas.Skyroom.Data;
using Kelas.Skyroom.Wire;

namespace Kelas.Skyroom.Users;

/// <summary>Reads the user fields shared by createUser, createUsers and updateUser, with the original's limits.</summary>
internal static class UserFields
{
    public const int MaxUsernameLength = 32;
    public const int MaxPasswordLength = 24;

    public static bool TryNormalizeUsername(string? username, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrEmpty(username) || username.Length > MaxUsernameLength
            || username.AsSpan().IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.@") >= 0)
        {
            return false;
        }

        normalized = username.ToLowerInvariant();
        return true;
    }

    public static User ReadNew(SkyroomParams p, long accountId, long now)
    {
        if (!TryNormalizeUsername(p.OptionalString("username", MaxUsernameLength), out var username))
        {
            throw SkyroomError.InvalidParam("username").ToException();
        }

        var password = ReadPassword(p) ?? throw SkyroomError.InvalidParam("password").ToException();
        var user = new User
        {
            AccountId = accountId,
            Username = username,
            PasswordHash = PasswordHasher.Hash(password),
            Nickname = p.RequiredString("nickname", 128),
            CreateTime = now,
        };
        ApplyOptional(user, p, now);

        // A public account exists to be shared, so unless told otherwise it has no concurrency limit.
        if (!p.HasValue("concurrent"))
        {
            user.Concurrent = user.IsPublic ? 0 : 1;
        }

        return user;
    }

    public static void ApplyUpdate(User user, SkyroomParams p, long now)
    {
        if (p.HasValue("username"))
        {
            user.Username = TryNormalizeUsername(p.OptionalString("username", MaxUsernameLength), out var username)
                ? username
                : throw SkyroomError.InvalidParam("username").ToException();
        }

        if (ReadPassword(p) is { } password)
        {
            user.PasswordHash = PasswordHasher.Hash(password);
        }

        if (p.HasValue("nickname"))
        {
            user.Nickname = p.RequiredString("nickname", 128);
        }

        ApplyOptional(user, p, now);
    }

    private static void ApplyOptional(User user, SkyroomParams p, long now)
    {
        if (p.Has("email"))
        {
            user.Email = ReadEmail(p);
        }

        if (p.Has("fname"))
        {
            user.Fname = EmptyToNull(p.OptionalString("fname", 128));
        }

        if (p.Has("lname"))
        {
            user.Lname = EmptyToNull(p.OptionalString("lname", 128));
        }

        user.Gender = p.OptionalInt("gender", 0, 2) ?? user.Gender;
        user.Status = p.OptionalInt("status", 0, 1) ?? user.Status;
        user.IsPublic = p.OptionalBool("is_public") ?? user.IsPublic;
        user.Concurrent = p.OptionalInt("concurrent", 0, 10_000) ?? user.Concurrent;
        user.TimeLimit = p.Has("time_limit") ? p.OptionalLong("time_limit") : user.TimeLimit;
        user.ExpiryDate = p.Has("expiry_date") ? p.OptionalLong("expiry_date", 0, 253402300799) : user.ExpiryDate;
        user.UpdateTime = now;
    }

    private static string? ReadPassword(SkyroomParams p)
    {
        var password = p.OptionalString("password", MaxPasswordLength, trim: false);
        return password is { Length: 0 } ? throw SkyroomError.InvalidParam("password").ToException() : password;
    }

    private static string? ReadEmail(SkyroomParams p)
    {
        var email = EmptyToNull(p.OptionalString("email", 128));
        if (email is null)
        {
            return null;
        }

        var at = email.IndexOf('@');
        return at > 0 && at < email.Length - 1 && email.IndexOf('@', at + 1) < 0 && !email.Any(char.IsWhiteSpace)
            ? email
            : throw SkyroomError.InvalidParam("email").ToException();
    }

    private static string? EmptyToNull(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
