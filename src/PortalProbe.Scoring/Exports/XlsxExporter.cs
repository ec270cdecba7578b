using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExportSheet = PortalProbe.Scoring.Exports.Internal.Sheet;
using ExportSheets = PortalProbe.Scoring.Exports.Internal.Sheets;
using PortalProbe.Scoring.Summaries;

namespace PortalProbe.Scoring.Exports;

/// <summary>
/// The workbook: city scores at each level (down to the chosen one), the national summary, the regressions and
/// other changes, the overrides and the not-measured leaves, one sheet each. Numbers are numbers; empty cells
/// are not measured.
/// </summary>
public static class XlsxExporter
{
    public static Task WriteAsync(ScoreReport report, int? level, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var levels = Enumerable.Range(1, level ?? report.Catalogue.All.Max(i => i.Level));
        List<ExportSheet> sheets =
        [
            .. levels.Select(l => ExportSheets.CityScores(report, l)),
            ExportSheets.National(report), ExportSheets.Changes(report), ExportSheets.Overrides(report), ExportSheets.NotMeasured(report),
        ];
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(Data(sheet));
                list.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }

            workbook.Workbook.Save();
        }

        return Task.CompletedTask;
    }

    private static SheetData Data(ExportSheet sheet)
    {
        var data = new SheetData();
        data.Append(new Row(sheet.Headers.Select(h => (OpenXmlElement)Text(h))));
        foreach (var row in sheet.Rows)
        {
            data.Append(new Row(row.Select(Cell)));
        }

        return data;
    }

    private static OpenXmlElement Cell(object? value) => value switch
    {
        double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
        null => new Cell(),
        _ => Text(value.ToString() ?? ""),
    };

    private static Cell Text(string text) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };
}
