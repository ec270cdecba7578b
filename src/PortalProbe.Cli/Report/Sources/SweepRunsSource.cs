namespace PortalProbe.Cli.Report.Sources;

/// <summary>
/// The runs of one sweep. Sweeps are not stored yet (they arrive with <c>portalprobe sweep</c>), so every sweep id
/// is unknown for now; wiring the sweeps table replaces this body and keeps the command as it is.
/// </summary>
internal sealed class SweepRunsSource(long sweepId) : IReportRunSource
{
    public Task<ReportRuns> LoadAsync(CancellationToken cancellationToken) =>
        throw new ReportException($"sweep {sweepId} does not exist: no sweeps are stored in this data directory", ExitCodes.Usage);
}
