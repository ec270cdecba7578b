using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.CircuitBreaker;
using PortalProbe.Browser.Links.Internal;

namespace PortalProbe.Browser.Links;

/// <summary>
/// Everything PortalProbe sends to one host goes through here: at most <see cref="LinkOptions.MaxPerHost"/> requests
/// at once, starts at least <see cref="LinkOptions.PoliteDelay"/> apart, at most <see cref="LinkOptions.MaxParallel"/>
/// in flight over all hosts, and each one through the host's Polly pipeline (timeout, transport retry, breaker).
/// Share one instance between the crawl, the check and every city of a sweep, so a provincial site that many cities
/// link to is asked politely once, not once per city.
/// </summary>
public sealed class HostTraffic : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, HostLane> _lanes = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _parallel;
    private readonly HostPipelines _pipelines;

    public HostTraffic(LinkOptions options, TimeProvider time, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        Options = options.Validate();
        Time = time;
        Logger = logger ?? NullLogger.Instance;
        _parallel = new SemaphoreSlim(options.MaxParallel, options.MaxParallel);
        _pipelines = new HostPipelines(options, time, Logger);
    }

    public LinkOptions Options { get; }

    internal TimeProvider Time { get; }

    internal ILogger Logger { get; }

    /// <summary>True while <paramref name="host"/>'s circuit breaker refuses requests.</summary>
    public bool IsBreakerOpen(string host) => _pipelines.IsOpen(host);

    /// <summary>
    /// Runs one request to <paramref name="url"/>'s host in its lane and pipeline. Throws the transport error
    /// (after any retries), <see cref="Polly.Timeout.TimeoutRejectedException"/>, or
    /// <see cref="BrokenCircuitException"/> without waiting when the host's breaker is open.
    /// </summary>
    internal async Task<T> SendAsync<T>(Uri url, Func<CancellationToken, Task<T>> request, CancellationToken cancellationToken)
    {
        var host = url.Host;
        if (_pipelines.IsOpen(host))
        {
            throw new BrokenCircuitException($"the circuit breaker of {host} is open");
        }

        return await InLaneAsync(url, async token => await _pipelines.For(host).ExecuteAsync(async t => await request(t), token), cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> in the host's lane: a free slot, the polite gap since the last start, a free global slot.</summary>
    internal async Task<T> InLaneAsync<T>(Uri url, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var lane = _lanes.GetOrAdd(url.Host, _ => new HostLane(Options.MaxPerHost));
        await lane.Slots.WaitAsync(cancellationToken);
        try
        {
            var wait = lane.Reserve(Time.GetUtcNow(), Options.PoliteDelay);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, Time, cancellationToken);
            }

            await _parallel.WaitAsync(cancellationToken);
            try
            {
                return await work(cancellationToken);
            }
            finally
            {
                _parallel.Release();
            }
        }
        finally
        {
            lane.Slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _pipelines.DisposeAsync();
        _parallel.Dispose();
        foreach (var lane in _lanes.Values)
        {
            lane.Slots.Dispose();
        }
    }
}
