namespace PortalProbe.Cli.Report.Sources;

/// <summary>Chooses the runs a report shows and each city's trend: the latest runs, or one sweep.</summary>
internal interface IReportRunSource
{
    /// <exception cref="ReportException">Nothing to report: no stored run, an unknown or empty sweep.</exception>
    Task<ReportRuns> LoadAsync(CancellationToken cancellationToken);
}

/// <summary>The chosen runs, one per city in city-code order, and what they are in a phrase.</summary>
internal sealed record ReportRuns(string Selection, IReadOnlyList<CityReport> Cities);
