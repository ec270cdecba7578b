namespace PortalProbe.Facts;

/// <summary>
/// The one list of fact names, types and units. Later checks add their facts here; the README documents them
/// and a test keeps the two in step.
/// </summary>
public static class FactRegistry
{
    public static readonly FactDefinition Mode =
        new("mode", FactType.Text, "", "dry-run or live: whether actions with side effects were performed");

    public static readonly FactDefinition StepsTotal =
        new("steps.total", FactType.Count, "steps", "steps in the scenario");

    public static readonly FactDefinition StepsPassed =
        new("steps.passed", FactType.Count, "steps", "steps that passed in the final attempt");

    public static readonly FactDefinition EntryLoad =
        new("entry.loadTime", FactType.Duration, "ms", "time the scenario's first page took to load");

    public static readonly FactDefinition PageHttpStatus =
        new("page.httpStatus", FactType.Count, "", "HTTP status of the last page navigated to");

    public static IReadOnlyList<FactDefinition> All { get; } = [Mode, StepsTotal, StepsPassed, EntryLoad, PageHttpStatus];

    public static FactDefinition? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
