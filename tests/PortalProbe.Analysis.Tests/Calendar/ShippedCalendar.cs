using PortalProbe.Analysis.Calendar;

namespace PortalProbe.Analysis.Tests.Calendar;

/// <summary>The repository's own calendar file, checks/calendar/cn-workdays.yaml, loaded once.</summary>
internal static class ShippedCalendar
{
    private static readonly Lazy<CalendarLoadResult> Loaded = new(() => WorkdayCalendar.Load(Path));

    public static string Folder => System.IO.Path.Combine(RepositoryRoot(), "checks", "calendar");

    public static string Path => System.IO.Path.Combine(Folder, "cn-workdays.yaml");

    public static CalendarLoadResult Result => Loaded.Value;

    public static WorkdayCalendar Calendar =>
        Result.Calendar ?? throw new InvalidOperationException(string.Join(Environment.NewLine, Result.Diagnostics));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PortalProbe.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"PortalProbe.sln not found above {TestContext.CurrentContext.TestDirectory}");
    }
}
