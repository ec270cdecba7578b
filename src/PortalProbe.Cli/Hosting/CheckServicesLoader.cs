using PortalProbe.Analysis.Calendar;
using PortalProbe.Analysis.Chatbot;
using PortalProbe.Browser.Checks;
using PortalProbe.Browser.Links;

namespace PortalProbe.Cli.Hosting;

/// <summary>
/// Loads the data the scenario checks use: the question bank (<c>questions/</c>) and the working-day calendar
/// (<c>calendar/cn-workdays.yaml</c>) of the checks folder, or of the checkout's <c>checks</c> when the folder
/// has none (a generated population folder). A mistake in either is reported as file:line before any browser starts.
/// </summary>
internal static class CheckServicesLoader
{
    public const string CalendarFile = "cn-workdays.yaml";

    public static (ScenarioServices? Services, IReadOnlyList<string> Errors) Load(CliEnvironment environment, string checksFolder)
    {
        var fallback = Path.Combine(environment.Home, "checks");
        var questionsPath = FirstExisting(Path.Combine(checksFolder, "questions"), Path.Combine(fallback, "questions"));
        var calendarPath = FirstExisting(Path.Combine(checksFolder, "calendar", CalendarFile), Path.Combine(fallback, "calendar", CalendarFile));
        var errors = new List<string>();
        QuestionBank? questions = null;
        if (questionsPath is not null)
        {
            var loaded = QuestionBank.Load(questionsPath);
            errors.AddRange(loaded.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
            questions = loaded.Value;
        }

        WorkdayCalendar? calendar = null;
        if (calendarPath is not null)
        {
            var loaded = WorkdayCalendar.Load(calendarPath);
            errors.AddRange(loaded.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
            calendar = loaded.Calendar;
        }

        return errors.Count > 0 ? (null, errors) : (new ScenarioServices(questions, calendar, new LinkOptions()), errors);
    }

    private static string? FirstExisting(params string[] paths) =>
        paths.FirstOrDefault(p => Directory.Exists(p) || File.Exists(p));
}
