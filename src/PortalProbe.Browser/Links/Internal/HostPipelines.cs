using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;

namespace PortalProbe.Browser.Links.Internal;

/// <summary>
/// One Polly pipeline per host, from a registry keyed by host: a retry with jitter on transport errors only, a
/// circuit breaker of the host's own, and the request timeout innermost so each try gets the full 15 s.
/// HTTP answers pass through untouched: a portal answering 500 is a finding, not something to retry away.
/// </summary>
internal sealed class HostPipelines(LinkOptions options, TimeProvider time, ILogger logger) : IAsyncDisposable
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();
    private readonly ConcurrentDictionary<string, CircuitBreakerStateProvider> _breakers = new(StringComparer.OrdinalIgnoreCase);

    public ResiliencePipeline For(string host) => _registry.GetOrAddPipeline(host, builder => Configure(builder, host));

    /// <summary>True while the host's breaker refuses requests; such links are reported as not checked.</summary>
    public bool IsOpen(string host) =>
        _breakers.TryGetValue(host, out var state) && state.CircuitState is CircuitState.Open or CircuitState.Isolated;

    public ValueTask DisposeAsync() => _registry.DisposeAsync();

    private void Configure(ResiliencePipelineBuilder builder, string host)
    {
        builder.TimeProvider = time;
        if (options.TransportRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(TransportErrors.IsRetryable),
                MaxRetryAttempts = options.TransportRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    if (args.Outcome.Exception is { } error)
                    {
                        LinkLog.Retrying(logger, host, args.AttemptNumber + 1, args.RetryDelay, error);
                    }

                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(TransportErrors.CountsAgainstHost),
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakerDuration,
            StateProvider = _breakers.GetOrAdd(host, _ => new CircuitBreakerStateProvider()),
            OnOpened = args =>
            {
                LinkLog.BreakerOpened(logger, host, args.BreakDuration);
                return default;
            },
        });
        builder.AddTimeout(options.RequestTimeout);
    }
}
