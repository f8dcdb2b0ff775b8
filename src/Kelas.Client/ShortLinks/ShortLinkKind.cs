namespace Kelas.Client.ShortLinks;

/// <summary>What a short link stands for (<c>shortenObjectKind</c> on the wire).</summary>
public enum ShortLinkKind
{
    /// <summary>A web address the short URL redirects to (<c>link</c>).</summary>
    Link,

    /// <summary>A text the short URL shows as a page (<c>content</c>).</summary>
    Content,

    /// <summary>The address of a file the short URL redirects to (<c>file</c>).</summary>
    File,
}
