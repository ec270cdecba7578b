using System.Text;
using PortalProbe.Cli.Report.Pages;
using PortalProbe.Results;

namespace PortalProbe.Cli.Report;

/// <summary>Renders a report: data in, files out (index.html, one page per city, the evidence it shows).</summary>
internal static class ReportWriter
{
    /// <summary>Writes the report into <paramref name="folder"/>, which must exist and be empty.</summary>
    public static async Task WriteAsync(ReportData data, IEvidenceStore store, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var evidence = new ReportEvidence(store, folder);
        Directory.CreateDirectory(Path.Combine(folder, CityPage.Folder));
        await WritePageAsync(folder, "index.html", IndexPage.Render(data), cancellationToken);
        foreach (var city in data.Cities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WritePageAsync(folder, CityPage.FileName(city.Run.City.Code), CityPage.Render(city, data.Scores, evidence), cancellationToken);
        }
    }

    private static Task WritePageAsync(string folder, string relative, string html, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(folder, relative), html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
}
