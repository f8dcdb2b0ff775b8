namespace Kelas.ShortLinks.Data;

/// <summary>The original's <c>shortenObjectKind</c>.</summary>
internal enum LinkKind
{
    Link = 0,
    Content = 1,
    File = 2,
}
