namespace PortalProbe.Sweeps;

/// <summary>
/// Sweeps and the state of each of their cities. Every write is one short transaction, so a sweep killed at any
/// moment leaves a state it can be resumed from.
/// </summary>
public interface ISweepStore
{
    /// <summary>Records a new sweep with every city pending.</summary>
    Task<Sweep> CreateAsync(SweepRequest request, DateTimeOffset startedAt, CancellationToken cancellationToken);

    Task<Sweep?> FindAsync(long sweepId, CancellationToken cancellationToken);

    /// <summary>
    /// The finished sweeps before <paramref name="sweepId"/>, newest first, at most <paramref name="count"/>: the
    /// baseline a sweep's scores are compared with, and the history a city's trend is drawn from.
    /// </summary>
    Task<IReadOnlyList<Sweep>> FinishedBeforeAsync(long sweepId, int count, CancellationToken cancellationToken);

    /// <summary>The most recently started sweep, finished or not, whoever started it; null when none was ever recorded.</summary>
    Task<Sweep?> LatestAsync(CancellationToken cancellationToken);

    /// <summary>The newest unfinished sweep that was asked the same thing (<see cref="SweepRequest.Key"/>), if any.</summary>
    Task<Sweep?> FindUnfinishedAsync(SweepRequest request, CancellationToken cancellationToken);

    /// <summary>The sweep's cities in their order.</summary>
    Task<IReadOnlyList<SweepCity>> CitiesAsync(long sweepId, CancellationToken cancellationToken);

    /// <summary>
    /// Marks a city started (again, when an earlier start was cut short); a done city, or one waiting for its
    /// re-checks, is never restarted.
    /// </summary>
    Task MarkRunningAsync(long sweepId, string cityCode, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Marks a running city's first pass recorded in <paramref name="runId"/>, with failed scenarios to re-check
    /// later in the sweep (<see cref="SweepCityState.Recheck"/>).
    /// </summary>
    Task MarkRecheckAsync(long sweepId, string cityCode, long runId, CancellationToken cancellationToken);

    /// <summary>Marks a city done with the run that counts for it (for a city in re-check, the run of its first pass).</summary>
    Task MarkDoneAsync(long sweepId, string cityCode, long runId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Finds and stores the regressions of a sweep (replacing any stored before) and marks it finished.
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no such sweep, or one of its cities is running or waiting for
    /// its re-checks: its regressions could not be known yet.</exception>
    Task<IReadOnlyList<Regression>> FinishAsync(long sweepId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The stored regressions of a finished sweep.</summary>
    Task<IReadOnlyList<Regression>> RegressionsAsync(long sweepId, CancellationToken cancellationToken);
}
