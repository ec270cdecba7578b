using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace PortalProbe.Browser.Tests.Links;

/// <summary>
/// The simulator's own view of the traffic: every request it started and finished, per address, read from ASP.NET
/// Core's hosting log (events 1 and 2) with the time each was seen. Handed to the simulator as its logger factory.
/// </summary>
internal sealed class RequestLog : ILoggerFactory
{
    private const string HostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";
    private readonly ConcurrentQueue<Entry> _entries = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public sealed record Entry(TimeSpan At, bool Started, string Host, string Method, string Path);

    public IReadOnlyList<Entry> Entries => [.. _entries];

    /// <summary>Requests the simulator received for <paramref name="path"/> on <paramref name="address"/>.</summary>
    public int Count(string address, string path) =>
        _entries.Count(e => e.Started && e.Host.StartsWith(address + ":", StringComparison.Ordinal) && e.Path == path);

    /// <summary>How many requests have been seen so far; pass it to the other questions to look only at what came after.</summary>
    public int Mark() => _entries.Count;

    /// <summary>The most requests to any of <paramref name="addresses"/> open at one time, after <paramref name="since"/>.</summary>
    public int MaxConcurrent(int since, params string[] addresses)
    {
        var (open, most) = (0, 0);
        foreach (var entry in _entries.Skip(since).Where(e => addresses.Any(a => e.Host.StartsWith(a + ":", StringComparison.Ordinal))))
        {
            open += entry.Started ? 1 : -1;
            most = Math.Max(most, open);
        }

        return most;
    }

    /// <summary>The times requests to <paramref name="address"/> started after <paramref name="since"/>, in order.</summary>
    public IReadOnlyList<TimeSpan> Starts(int since, string address) =>
        [.. _entries.Skip(since).Where(e => e.Started && e.Host.StartsWith(address + ":", StringComparison.Ordinal)).Select(e => e.At)];

    public ILogger CreateLogger(string categoryName) =>
        categoryName == HostingCategory ? new HostingLogger(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void AddProvider(ILoggerProvider provider)
    {
        // Only the hosting events are kept; other providers have nothing to add.
    }

    public void Dispose()
    {
        // Nothing is held open.
    }

    private sealed class HostingLogger(RequestLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id is not (1 or 2) || state is not IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                return;
            }

            var values = pairs.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "", StringComparer.Ordinal);
            log._entries.Enqueue(new Entry(
                log._clock.Elapsed, eventId.Id == 1, values.GetValueOrDefault("Host", ""), values.GetValueOrDefault("Method", ""), values.GetValueOrDefault("Path", "")));
        }
    }
}
