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

    public static readonly FactDefinition LinksChecked =
        new("links.checked", FactType.Count, "links", "distinct links checked (internal and external)");

    public static readonly FactDefinition LinksBroken =
        new("links.broken", FactType.Count, "links", "links that failed and failed again when re-checked");

    public static readonly FactDefinition LinksFlaky =
        new("links.flaky", FactType.Count, "links", "links that failed once and worked once");

    public static readonly FactDefinition LinksBrokenRatio =
        new("links.brokenRatio", FactType.Ratio, "", "broken links over checked links");

    public static readonly FactDefinition LinksExternalJumpFailures =
        new("links.externalJumpFailures", FactType.Count, "links", "broken jump pages whose external target fails (转外部链接失败)");

    public static readonly FactDefinition AvailabilityRatio =
        new("availability.ratio", FactType.Ratio, "", "entry-page visits open within the timeout (15 s) over visits");

    public static readonly FactDefinition LoadMedian =
        new("load.median", FactType.Duration, "ms", "median load time of the entry pages' open visits");

    public static readonly FactDefinition LoadSlowest =
        new("load.slowest", FactType.Duration, "ms", "slowest load time of the entry pages' open visits");

    public static IReadOnlyList<FactDefinition> All { get; } =
    [
        Mode, StepsTotal, StepsPassed, EntryLoad, PageHttpStatus,
        LinksChecked, LinksBroken, LinksFlaky, LinksBrokenRatio, LinksExternalJumpFailures, AvailabilityRatio, LoadMedian, LoadSlowest,
    ];

    public static FactDefinition? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
