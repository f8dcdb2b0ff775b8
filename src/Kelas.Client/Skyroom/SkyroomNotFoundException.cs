namespace Kelas.Client.Skyroom;

/// <summary>The service answered error code 15: the room, user or other object does not exist.</summary>
/// <remarks>Several integrations create a room only when <c>getRoom</c> by name throws this.</remarks>
/// <param name="message">The service's <c>error_message</c>.</param>
public class SkyroomNotFoundException(string message) : SkyroomException(message, NotFound);
