using PortalProbe.Cities;
using PortalProbe.Results;
using PortalProbe.Scripts;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Results.Internal;

/// <summary>Turns a domain <see cref="ScenarioResult"/> into rows: the scenario row and everything under it.</summary>
internal static class ScenarioRowMapping
{
    public static ScenarioRow ToRow(long runId, ScenarioResult result)
    {
        var row = new ScenarioRow
        {
            RunId = runId,
            Scenario = result.Scenario,
            Channel = result.Channel.ToId(),
            Kind = result.Kind.ToId(),
            Verdict = result.Verdict.ToId(),
            Flaky = result.Flaky,
            Reason = result.Reason,
            DurationMs = StoredText.Milliseconds(result.Duration),
        };
        AddChildren(row, result);
        return row;
    }

    /// <summary>Overwrites a row of the same run, scenario and channel whose children were deleted.</summary>
    public static void Replace(ScenarioRow row, ScenarioResult result)
    {
        row.Kind = result.Kind.ToId();
        row.Verdict = result.Verdict.ToId();
        row.Flaky = result.Flaky;
        row.Reason = result.Reason;
        row.DurationMs = StoredText.Milliseconds(result.Duration);
        AddChildren(row, result);
    }

    private static void AddChildren(ScenarioRow row, ScenarioResult result)
    {
        row.Attempts.AddRange(result.Attempts.Select(ToRow));
        row.Facts.AddRange(result.Facts.Select(f => new FactRow
        {
            Name = f.Name,
            Type = StoredIds.Id(f.Type),
            Value = f.Value,
        }));
    }

    private static AttemptRow ToRow(AttemptResult attempt)
    {
        var row = new AttemptRow
        {
            Number = attempt.Number,
            Verdict = attempt.Verdict.ToId(),
            Reason = attempt.Reason,
            Hint = attempt.Hint,
            StartedAt = StoredText.Timestamp(attempt.StartedAt),
            DurationMs = StoredText.Milliseconds(attempt.Duration),
        };
        row.Steps.AddRange(attempt.Steps.Select(ToRow));
        row.Evidence.AddRange(attempt.Evidence.Select(ToRow));
        return row;
    }

    private static StepRow ToRow(StepResult step) => new()
    {
        Index = step.Index,
        Keyword = step.Keyword,
        Description = step.Description,
        Location = StoredText.Location(step.Location),
        Outcome = StoredIds.Id(step.Outcome),
        Message = step.Message,
        DurationMs = StoredText.Milliseconds(step.Duration),
    };

    private static EvidenceRow ToRow(EvidenceRef evidence) => new()
    {
        Kind = evidence.Kind.ToId(),
        Sha256 = evidence.Sha256,
        Size = evidence.Size,
        RelativePath = evidence.RelativePath,
        Url = evidence.Url,
        CapturedAt = StoredText.Timestamp(evidence.CapturedAt),
        Label = evidence.Label,
    };
}
