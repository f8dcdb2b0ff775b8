namespace Kelas.Core.Commands;

/// <summary>An operator's mistake (unknown name, invalid value): printed as <c>error: …</c> with exit code 1, never as a stack trace.</summary>
public sealed class OperatorException(string message) : Exception(message);
