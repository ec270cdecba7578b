using PortalProbe.Results;
using PortalProbe.Storage.Results;

namespace PortalProbe.Cli.Report.Sources;

/// <summary>
/// The default selection: each stored city's latest completed run, with its recent runs as the trend. A city whose
/// every run was cut short is shown with its latest run, which the report marks incomplete.
/// </summary>
internal sealed class LatestRunsSource(SqliteResultStore store, int trendRuns = LatestRunsSource.DefaultTrendRuns) : IReportRunSource
{
    /// <summary>How many of a city's latest runs its trend chart shows.</summary>
    public const int DefaultTrendRuns = 30;

    public async Task<ReportRuns> LoadAsync(CancellationToken cancellationToken)
    {
        var codes = await store.CityCodesAsync(cancellationToken);
        if (codes.Count == 0)
        {
            throw new ReportException($"no stored runs in {store.DatabasePath}: run some cities first (portalprobe run or portalprobe demo)", ExitCodes.Failed);
        }

        var cities = new List<CityReport>(codes.Count);
        foreach (var code in codes)
        {
            var runs = await store.RecentRunsAsync(code, trendRuns, cancellationToken);
            var shown = runs.FirstOrDefault(r => r.Complete) ?? runs[0];
            var trend = runs.Where(r => r.Complete || ReferenceEquals(r, shown)).Reverse().Select(TrendPoint.Of).ToList();
            cities.Add(new CityReport(shown, trend));
        }

        return new ReportRuns("latest completed run of each city", cities);
    }
}
