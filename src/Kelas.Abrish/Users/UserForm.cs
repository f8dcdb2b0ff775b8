using Kelas.Core.Security;
using Kelas.Abrish.Data;
using Kelas.Abrish.Wire;

namespace Kelas.Abrish.Users;

/// <summary>postUser's fields, validated in the order the original form lists them; the first problem is the answer.</summary>
internal sealed class UserForm
{
    public const int MaxPasswordLength = 128;

    public string? Error { get; private init; }

    public string FirstName { get; private init; } = "";

    public string LastName { get; private init; } = "";

    public string UserName { get; private init; } = "";

    public int Gender { get; private init; }

    public bool SpecialAccess { get; private init; }

    public bool IsEnable { get; private init; }

    public string BirthDate { get; private init; } = "";

    public string Cell { get; private init; } = "";

    /// <summary>Null on an edit without a new password: the old one stays.</summary>
    public string? Password { get; private init; }

    /// <param name="today">Today in Tehran, Solar Hijri: a birth date after it is refused.</param>
    public static UserForm Read(AbrishParams p, bool creating, string today)
    {
        static UserForm Fail(string message) => new() { Error = message };

        var firstName = p.Text("firstname")?.Trim() ?? "";
        if (firstName.Length == 0)
        {
            return Fail(AbrishMessages.FirstNameRequired);
        }

        if (firstName.Length > OrganizationUserConfiguration.MaxNameLength)
        {
            return Fail(AbrishMessages.FirstNameTooLong);
        }

        var lastName = p.Text("lastname")?.Trim() ?? "";
        if (lastName.Length == 0)
        {
            return Fail(AbrishMessages.LastNameRequired);
        }

        if (lastName.Length > OrganizationUserConfiguration.MaxNameLength)
        {
            return Fail(AbrishMessages.LastNameTooLong);
        }

        var userName = p.Text("username")?.Trim() ?? "";
        if (userName.Length == 0)
        {
            return Fail(AbrishMessages.UserNameRequired);
        }

        if (userName.Length > OrganizationUserConfiguration.MaxUserNameLength)
        {
            return Fail(AbrishMessages.UserNameTooLong);
        }

        if (userName.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return Fail(AbrishMessages.UserNameInvalid);
        }

        if (!TryFlag(p, "gender", allowed: [1, 2], fallback: null, out var gender))
        {
            return Fail(AbrishMessages.InvalidGender);
        }

        if (!TryFlag(p, "specialaccess", allowed: [0, 1], fallback: 0, out var specialAccess))
        {
            return Fail(AbrishMessages.InvalidSpecialAccess);
        }

        if (!TryFlag(p, "isenable", allowed: [0, 1], fallback: 1, out var isEnable))
        {
            return Fail(AbrishMessages.InvalidIsEnable);
        }

        var birthText = p.Text("birthdate")?.Trim() ?? "";
        var birthDate = "";
        if (p.IsComposite("birthdate")
            || (birthText.Length > 0 && (!SolarHijriDates.TryNormalize(birthText, out birthDate) || string.CompareOrdinal(birthDate, today) > 0)))
        {
            return Fail(AbrishMessages.InvalidBirthDate);
        }

        var cellText = p.Text("cell")?.Trim() ?? "";
        var cell = "";
        if (p.IsComposite("cell") || (cellText.Length > 0 && !IranianMobile.TryNormalize(cellText, out cell)))
        {
            return Fail(AbrishMessages.InvalidCell);
        }

        var password = p.Text("password");
        if (string.IsNullOrEmpty(password))
        {
            if (creating)
            {
                return Fail(AbrishMessages.PasswordRequired);
            }

            password = null;
        }
        else if (password.Length > MaxPasswordLength)
        {
            return Fail(AbrishMessages.PasswordTooLong);
        }

        return new UserForm
        {
            FirstName = firstName,
            LastName = lastName,
            UserName = userName,
            Gender = gender,
            SpecialAccess = specialAccess == 1,
            IsEnable = isEnable == 1,
            BirthDate = birthDate,
            Cell = cell,
            Password = password,
        };
    }

    public void ApplyTo(OrganizationUser user, int passwordIterations)
    {
        user.FirstName = FirstName;
        user.LastName = LastName;
        user.UserName = UserName;
        user.UserNameKey = SearchNormalizer.Normalize(UserName);
        user.Gender = Gender;
        user.SpecialAccess = SpecialAccess;
        user.IsEnable = IsEnable;
        user.BirthDate = BirthDate;
        user.Cell = Cell;
        user.SearchText = SearchNormalizer.SearchText(FirstName, LastName, UserName, Cell);
        if (Password is not null)
        {
            user.PasswordHash = PasswordHashes.Hash(Password, passwordIterations);
        }
    }

    /// <summary>An absent or empty field takes <paramref name="fallback"/> (none: invalid); otherwise it must be one of <paramref name="allowed"/>.</summary>
    private static bool TryFlag(AbrishParams p, string name, int[] allowed, int? fallback, out int value)
    {
        value = fallback ?? 0;
        if (p.IsComposite(name))
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(p.Text(name)))
        {
            return fallback is not null;
        }

        if (!p.TryLong(name, out var number) || !allowed.Contains((int)number) || number is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        value = (int)number;
        return true;
    }
}
