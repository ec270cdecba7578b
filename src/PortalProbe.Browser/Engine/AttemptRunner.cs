using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Evidence;
using PortalProbe.Browser.Privacy;
using PortalProbe.Browser.Steps;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Engine;

/// <summary>Runs one attempt of one scenario in a fresh page of the channel's context and keeps its evidence.</summary>
internal sealed class AttemptRunner(
    IEvidenceStore store, TimeoutSettings timeouts, SensitiveValues sensitive, bool live, TimeProvider time, ILogger logger)
{
    public async Task<(AttemptResult Attempt, StepContext Context)> RunAsync(
        IBrowserContext browserContext, Scenario scenario, VariableScope scope, int number, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var evidence = new EvidenceCollector(store, sensitive);
        await browserContext.Tracing.StartChunkAsync(new TracingStartChunkOptions { Title = $"{scenario.Name} attempt {number}" });
        var page = await browserContext.NewPageAsync();
        var context = new StepContext(page, scope, timeouts, evidence, sensitive, time);
        using var budget = new CancellationTokenSource(timeouts.Scenario, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);

        var steps = new List<StepResult>();
        StepFailure? failure = null;
        Step? failedStep = null;
        Step? dryRunStop = null;
        foreach (var (step, index) in scenario.Steps.Select((s, i) => (s, i + 1)))
        {
            if (step.LiveOnly && !live)
            {
                dryRunStop ??= step;
            }

            if (failure is not null || dryRunStop is not null)
            {
                steps.Add(Result(step, index, StepOutcome.NotRun, dryRunStop is null ? null : DryRunNote, TimeSpan.Zero));
                continue;
            }

            var stepStarted = time.GetTimestamp();
            try
            {
                linked.Token.ThrowIfCancellationRequested();
                await StepRunner.RunAsync(context, step, linked.Token);
                steps.Add(Result(step, index, StepOutcome.Passed, null, time.GetElapsedTime(stepStarted)));
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failure = await FailureJudge.JudgeAsync(context, step, e);
                failure = failure with { Message = Clean(failure.Message) };
                failedStep = step;
                steps.Add(Result(step, index, Outcome(failure.Verdict), failure.Message, time.GetElapsedTime(stepStarted)));
            }
        }

        if (failure is not null)
        {
            await CaptureFailureEvidenceAsync(context, failure, cancellationToken);
        }

        await FinishTraceAsync(browserContext, evidence, failure, page.Url, cancellationToken);
        await page.CloseAsync();

        var attempt = new AttemptResult(
            number,
            failure?.Verdict ?? Verdict.Pass,
            failure is not null ? Reason(scenario, failedStep!, steps.Count(s => s.Outcome != StepOutcome.NotRun), failure)
            : dryRunStop is not null ? DryRunReason(scenario, dryRunStop, steps.Count(s => s.Outcome == StepOutcome.Passed))
            : $"all {scenario.Steps.Count} steps passed",
            failure?.Hint,
            startedAt,
            time.GetElapsedTime(started),
            steps,
            evidence.Items);
        return (attempt, context);
    }

    private async Task CaptureFailureEvidenceAsync(StepContext context, StepFailure failure, CancellationToken cancellationToken)
    {
        var label = failure.Verdict == Verdict.Manual ? "needs-human" : "failure";
        try
        {
            await context.Evidence.ScreenshotAsync(context, label, fullPage: false, cancellationToken);
        }
        catch (PlaywrightException e)
        {
            EngineLog.EvidenceFailed(logger, "screenshot", BrowserSession.FirstLine(e.Message));
        }

        try
        {
            await context.Evidence.HtmlAsync(context.Page, label, cancellationToken);
        }
        catch (PlaywrightException e)
        {
            EngineLog.EvidenceFailed(logger, "html", BrowserSession.FirstLine(e.Message));
        }
    }

    private async Task FinishTraceAsync(
        IBrowserContext browserContext, EvidenceCollector evidence, StepFailure? failure, string url, CancellationToken cancellationToken)
    {
        if (failure is null || failure.Verdict == Verdict.Manual)
        {
            await browserContext.Tracing.StopChunkAsync();
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), $"portalprobe-trace-{Guid.NewGuid():N}.zip");
        try
        {
            await browserContext.Tracing.StopChunkAsync(new TracingStopChunkOptions { Path = path });
            var scrubbed = TraceScrubber.Scrub(await File.ReadAllBytesAsync(path, cancellationToken), sensitive);
            await evidence.TraceAsync(scrubbed, url, cancellationToken);
        }
        catch (Exception e) when (e is PlaywrightException or IOException or InvalidDataException)
        {
            EngineLog.EvidenceFailed(logger, "trace", BrowserSession.FirstLine(e.Message));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const string DryRunNote = "dry run: not performed (a live campaign run performs it)";

    private static string DryRunReason(Scenario scenario, Step stop, int passed)
    {
        var what = stop.Label ?? stop.Describe();
        return $"dry run: the {passed} steps before '{what}' at {stop.Location} passed; it and the {scenario.Steps.Count - passed - 1} steps after it have side effects and run only in a live campaign";
    }

    private string Clean(string message) => PersonalDataMasker.Mask(sensitive.Redact(message));

    private static string Reason(Scenario scenario, Step step, int index, StepFailure failure)
    {
        var origin = step.UsedAt is { } used ? $" (template step, used at {used})" : "";
        var what = step.Label ?? step.Describe();
        var verb = failure.Verdict switch
        {
            Verdict.Manual => "needs a human",
            Verdict.Error => "could not run",
            _ => "failed",
        };
        return $"step {index} of {scenario.Steps.Count} '{what}' at {step.Location}{origin} {verb}: {failure.Message}";
    }

    private static StepOutcome Outcome(Verdict verdict) => verdict switch
    {
        Verdict.Manual => StepOutcome.Manual,
        Verdict.Error => StepOutcome.Error,
        _ => StepOutcome.Failed,
    };

    private static StepResult Result(Step step, int index, StepOutcome outcome, string? message, TimeSpan duration) =>
        new(index, step.Keyword, step.Label ?? step.Describe(), step.Location, outcome, message, duration);
}
