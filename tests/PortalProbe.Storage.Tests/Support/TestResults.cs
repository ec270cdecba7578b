using PortalProbe.Cities;
using PortalProbe.Diagnostics;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Storage.Tests.Support;

/// <summary>Builders for results as the runner produces them.</summary>
internal static class TestResults
{
    public static readonly CityInfo Beijing = new("110000", "北京", "北京", "一线", "直辖市");

    public static readonly CityInfo Hangzhou = new("330100", "杭州", "浙江", "新一线", "副省级");

    public static RunStart RunOf(CityInfo city, DateTimeOffset startedAt, string mode = "dry-run") =>
        new(city, $"checks/cities/{city.Code}.yaml", mode, startedAt);

    public static StepResult Step(int index, StepOutcome outcome = StepOutcome.Passed, string? message = null) => new(
        index,
        index == 0 ? "goto" : "click",
        index == 0 ? "goto https://12345.example.cn/" : $"click role=button[name=\"第{index}步\"]",
        new SourceLocation("checks/cities/110000.yaml", 10 + index, 7),
        outcome,
        message,
        TimeSpan.FromMilliseconds(100 * (index + 1)));

    public static AttemptResult Attempt(
        int number,
        Verdict verdict,
        DateTimeOffset startedAt,
        IReadOnlyList<StepResult>? steps = null,
        IReadOnlyList<EvidenceRef>? evidence = null,
        string? reason = null,
        string? hint = null) => new(
        number,
        verdict,
        reason ?? (verdict == Verdict.Pass ? "all steps passed" : "step 2: 提交 button not found"),
        hint,
        startedAt,
        TimeSpan.FromMilliseconds(1234 * number),
        steps ?? [Step(0), Step(1)],
        evidence ?? []);

    public static ScenarioResult Scenario(
        string name,
        ChannelKind channel = ChannelKind.Web,
        ScenarioKind kind = ScenarioKind.Links,
        IReadOnlyList<AttemptResult>? attempts = null,
        IReadOnlyList<FactValue>? facts = null) => new(
        name,
        kind,
        channel,
        attempts ?? [Attempt(1, Verdict.Pass, new DateTimeOffset(2025, 3, 14, 10, 0, 0, TimeSpan.FromHours(8)))],
        facts ?? [FactValue.Of(FactRegistry.Mode, "dry-run")]);
}
