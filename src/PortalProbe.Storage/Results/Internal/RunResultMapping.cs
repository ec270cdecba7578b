using PortalProbe.Cities;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Results.Internal;

/// <summary>Rebuilds a domain <see cref="CityRunResult"/> from rows, each list in the order it was saved in.</summary>
internal static class RunResultMapping
{
    public static CityRunResult ToResult(RunRow run, CityRow city, IEnumerable<ScenarioRow> scenarios) => new(
        run.Id,
        new CityInfo(city.Code, city.Name, city.Province, city.Tier, city.Level),
        StoredText.ParseTimestamp(run.StartedAt),
        run.FinishedAt is null ? null : StoredText.ParseTimestamp(run.FinishedAt),
        run.Status == RunStatus.Complete,
        [.. scenarios.OrderBy(s => s.Id).Select(ToResult)]);

    private static ScenarioResult ToResult(ScenarioRow row) => new(
        row.Scenario,
        StoredIds.ParseScenarioKind(row.Kind),
        StoredIds.ParseChannel(row.Channel),
        [.. row.Attempts.OrderBy(a => a.Number).Select(ToResult)],
        [.. row.Facts.OrderBy(f => f.Id).Select(f => new FactValue(f.Name, StoredIds.ParseFactType(f.Type), f.Value))]);

    private static AttemptResult ToResult(AttemptRow row) => new(
        row.Number,
        StoredIds.ParseVerdict(row.Verdict),
        row.Reason,
        row.Hint,
        StoredText.ParseTimestamp(row.StartedAt),
        StoredText.Duration(row.DurationMs),
        [.. row.Steps.OrderBy(s => s.Index).Select(ToResult)],
        [.. row.Evidence.OrderBy(e => e.Id).Select(ToResult)]);

    private static StepResult ToResult(StepRow row) => new(
        row.Index,
        row.Keyword,
        row.Description,
        StoredText.ParseLocation(row.Location),
        StoredIds.ParseStepOutcome(row.Outcome),
        row.Message,
        StoredText.Duration(row.DurationMs));

    private static EvidenceRef ToResult(EvidenceRow row) => new(
        StoredIds.ParseEvidenceKind(row.Kind),
        row.Sha256,
        row.Size,
        row.RelativePath,
        row.Url,
        StoredText.ParseTimestamp(row.CapturedAt),
        row.Label,
        row.PrunedAt is { } prunedAt ? StoredText.ParseTimestamp(prunedAt) : null);
}
