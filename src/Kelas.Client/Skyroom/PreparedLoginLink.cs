namespace Kelas.Client.Skyroom;

/// <summary>Outcome of <see cref="SkyroomLoginLinkPreparer"/> for one person.</summary>
/// <param name="UserId">The person's id, as given.</param>
/// <param name="Link">The link to use: the existing one if it lasts long enough, else the new one; <c>null</c> on failure.</param>
/// <param name="Created">Whether a new link was created (store it in place of the old one).</param>
/// <param name="Error">Why no link could be created; <c>null</c> on success.</param>
public sealed record PreparedLoginLink(string UserId, LoginLink? Link, bool Created, SkyroomException? Error)
{
    /// <summary>Whether <see cref="Link"/> is usable.</summary>
    public bool Succeeded => Link is not null;
}
