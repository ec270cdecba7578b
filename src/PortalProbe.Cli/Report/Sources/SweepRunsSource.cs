using System.Globalization;
using PortalProbe.Cli.Scores;

namespace PortalProbe.Cli.Report.Sources;

/// <summary>
/// The runs of one sweep: each city whose sweep state is done, with its run in this sweep; its trend is its runs in
/// the finished sweeps before this one and this one, a point per sweep.
/// </summary>
internal sealed class SweepRunsSource(StoredSweeps sweeps, long sweepId, int trendSweeps = LatestRunsSource.DefaultTrendRuns) : IReportRunSource
{
    public async Task<ReportRuns> LoadAsync(CancellationToken cancellationToken)
    {
        var sweep = await sweeps.FindAsync(sweepId, cancellationToken)
            ?? throw new ReportException(string.Create(CultureInfo.InvariantCulture, $"sweep {sweepId} does not exist in this data directory (see the sweep ids portalprobe sweep prints)"), ExitCodes.Usage);
        if (sweep.IsEmpty)
        {
            throw new ReportException(
                string.Create(CultureInfo.InvariantCulture, $"sweep {sweepId} is empty: none of its {sweep.Cities.Count} cities has completed a run yet (resume it with portalprobe sweep --resume {sweepId})"),
                ExitCodes.Failed);
        }

        var history = (await sweeps.FinishedBeforeAsync(sweepId, trendSweeps - 1, cancellationToken)).Reverse().Append(sweep).ToList();
        var cities = sweep.Runs
            .OrderBy(r => r.City.Code, StringComparer.Ordinal)
            .Select(run => new CityReport(run, [.. history
                .Select(s => (s.Sweep, Run: s.Runs.FirstOrDefault(r => r.City.Code == run.City.Code)))
                .Where(s => s.Run is not null)
                .Select(s => TrendPoint.Of(s.Run!) with { Label = string.Create(CultureInfo.InvariantCulture, $"sweep {s.Sweep.Id}") })]))
            .ToList();
        return new ReportRuns(sweep.Describe(), cities);
    }
}
