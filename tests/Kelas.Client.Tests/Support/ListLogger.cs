using Microsoft.Extensions.Logging;

namespace Kelas.Client.Tests.Support;

/// <summary>Keeps every log entry, with its rendered message and template values.</summary>
internal sealed class ListLogger : ILogger, ILoggerProvider
{
    private readonly Lock gate = new();
    private readonly List<LogEntry> entries = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (gate)
            {
                return entries.ToArray();
            }
        }
    }

    /// <summary>Everything logged, as one text: messages, template values and exceptions.</summary>
    public string AllText => string.Join("\n", Entries.Select(e => $"{e.Message} {string.Join(" ", e.Values.Select(v => v.Value))} {e.Exception}"));

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        lock (gate)
        {
            entries.Add(new LogEntry(logLevel, formatter(state, exception), values, exception));
        }
    }

    public ILogger CreateLogger(string categoryName) => this;

    public void Dispose()
    {
    }
}

internal sealed record LogEntry(LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> Values, Exception? Exception);
