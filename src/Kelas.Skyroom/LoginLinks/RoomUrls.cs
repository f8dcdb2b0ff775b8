namespace Kelas.Skyroom.LoginLinks;

/// <summary>The live service's URL shapes: <c>/ch/{account}/{room}</c> and <c>…/t/{token}/l/{lang}</c>.</summary>
internal static class RoomUrls
{
    public const string DefaultLanguage = "fa";

    public static string Room(string baseUrl, string account, string room, string? language) =>
        language is null or DefaultLanguage
            ? $"{baseUrl}/ch/{account}/{room}"
            : $"{baseUrl}/ch/{account}/{room}/l/{language}";

    public static string Login(string baseUrl, string account, string room, string token, string language) =>
        $"{baseUrl}/ch/{account}/{room}/t/{token}/l/{language}";
}
