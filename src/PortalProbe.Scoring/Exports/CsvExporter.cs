using System.Globalization;
using System.Text;
using CsvHelper;
using PortalProbe.Scoring.Exports.Internal;
using PortalProbe.Scoring.Summaries;

namespace PortalProbe.Scoring.Exports;

/// <summary>
/// The city score table as CSV, UTF-8 with a byte-order mark so that Excel opens the Chinese correctly: one row
/// per city in ranking order, the indicators of the chosen level (or of every level) as columns.
/// </summary>
public static class CsvExporter
{
    public static async Task WriteAsync(ScoreReport report, int? level, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sheet = Sheets.CityScores(report, level);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = CsvWriter.Create(writer, null, leaveOpen: true);
        foreach (var header in sheet.Headers)
        {
            csv.WriteField(header);
        }

        await csv.EndRecordAsync(cancellationToken);
        foreach (var row in sheet.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var cell in row)
            {
                csv.WriteField(cell is double d ? d.ToString("0.##", CultureInfo.InvariantCulture) : cell?.ToString() ?? "");
            }

            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
