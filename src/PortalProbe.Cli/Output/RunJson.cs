using System.Text.Encodings.Web;
using System.Text.Json;
using PortalProbe.Cities;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Cli.Output;

/// <summary>The <c>--json</c> document of a city run, as documented in the README.</summary>
internal static class RunJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // readable Chinese and quotes; the output is never embedded in HTML
    };

    public static string Write(CityRunResult run, IEvidenceStore evidence) => JsonSerializer.Serialize(
        new
        {
            city = run.City.Code,
            runId = run.RunId,
            complete = run.Complete,
            scenarios = run.Scenarios.Select(s => new
            {
                name = s.Scenario,
                kind = s.Kind.ToId(),
                channel = s.Channel.ToId(),
                verdict = s.Verdict.ToId(),
                flaky = s.Flaky,
                dryRunStop = s.StoppedForDryRun,
                reason = s.Reason,
                hint = s.Final.Hint,
                durationMs = (long)s.Duration.TotalMilliseconds,
                attempts = s.Attempts.Count,
                evidence = s.Evidence.Select(evidence.PathOf).ToArray(),
                facts = s.Facts.ToDictionary(f => f.Name, f => f.ToJsonValue()),
            }),
        },
        Options);
}
