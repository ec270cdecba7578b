namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// The seam between the scheduler and the sweep: <c>serve</c> decides when, the sweep decides what. The sweep itself
/// (every city, every channel, resumable, recorded in the database) is built apart from the scheduler; this is all
/// the scheduler needs of it.
/// </summary>
internal interface ISweepLauncher
{
    /// <summary>When the most recent sweep started, from the database; null when none was ever recorded.</summary>
    Task<DateTimeOffset?> LastSweepStartAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs (or resumes) tonight's sweep to its end and returns its id. The caller holds the sweep lease for the
    /// whole call; cancellation means stop now (shutdown, or the lease was lost).
    /// </summary>
    Task<long> RunNightlySweepAsync(CancellationToken cancellationToken);
}
