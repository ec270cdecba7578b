using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PortalProbe.Simulator.Tests.Support;

/// <summary>Keeps every log line it is given, as "Level: message".</summary>
internal sealed class CapturingLoggerFactory : ILoggerFactory
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(Lines);

    public void AddProvider(ILoggerProvider provider)
    {
        // Not needed: everything is captured here.
    }

    public void Dispose()
    {
        // Nothing to release.
    }

    private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}
