using PortalProbe.Analysis.Calendar;
using PortalProbe.Analysis.Chatbot;
using PortalProbe.Checks;
using PortalProbe.Scoring.Catalogue;

namespace PortalProbe.Cli.Commands;

/// <summary>The data folders of a checks tree and the loaders that validate their files.</summary>
internal static class DataFiles
{
    public static IReadOnlyList<DataFileValidator> Validators { get; } =
    [
        new("calendar", path => WorkdayCalendar.Load(path).Diagnostics),
        new("questions", path => QuestionBank.Load(path).Diagnostics),
        new(IndicatorCatalogue.FileName, path => IndicatorCatalogue.Load(path).Diagnostics),
    ];
}
