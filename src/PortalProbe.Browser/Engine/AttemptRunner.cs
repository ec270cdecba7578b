using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PortalProbe.Browser.Checks;
using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Evidence;
using PortalProbe.Browser.Privacy;
using PortalProbe.Browser.Steps;
using PortalProbe.Campaigns;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Engine;

/// <summary>
/// Runs one attempt of one scenario in a fresh page of the channel's context and keeps its evidence.
/// Live-only steps run only when <paramref name="gate"/> grants them (a live campaign run); otherwise the
/// attempt stops before them.
/// </summary>
internal sealed class AttemptRunner(
    IEvidenceStore store, TimeoutSettings timeouts, SensitiveValues sensitive, LiveGate? gate, CheckSetup checks, TimeProvider time, ILogger logger)
{
    public async Task<(AttemptResult Attempt, StepContext Context)> RunAsync(
        IBrowserContext browserContext, Scenario scenario, VariableScope scope, int number, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var evidence = new EvidenceCollector(store, sensitive);
        await browserContext.Tracing.StartAsync(TraceOptions(scenario, number));

        // Whatever happens in the attempt (a throw included), its page is closed and its trace stopped, so the
        // context is left as it was found for the next attempt.
        var traceOpen = true;
        IPage? page = null;
        try
        {
            page = await browserContext.NewPageAsync();
            // The deadline is read before the scenario's budget starts below, so it never falls after the budget's end.
            var context = new StepContext(page, scope, timeouts, evidence, sensitive, time)
            {
                SmsCodes = checks.SmsCodes,
                Deadline = time.GetUtcNow() + timeouts.Scenario,
            };
            context.WatchNavigations();
            using var budget = new CancellationTokenSource(timeouts.Scenario, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);

            var steps = new List<StepResult>();
            StepFailure? failure = null;
            Step? failedStep = null;
            StepLoopStop? stop = null;
            var loadingStopped = false;
            foreach (var (step, index) in scenario.Steps.Select((s, i) => (s, i + 1)))
            {
                if (failure is null && stop is null && step.LiveOnly && gate?.Claimed != true)
                {
                    (stop, failure) = await GateAsync(step, cancellationToken);
                    failedStep = failure is null ? null : step;
                }

                if (failure is not null || stop is not null)
                {
                    steps.Add(Result(step, index, StepOutcome.NotRun, failure is null ? stop!.Note : null, TimeSpan.Zero));
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
                    await PageLoading.StopAsync(context.Page, logger);
                    loadingStopped = true;
                    failure = await FailureJudge.JudgeAsync(context, step, e);
                    failure = failure with { Message = Clean(failure.Message) };
                    if (gate is { Claimed: true } && (failure.Verdict != Verdict.Fail || e is TimeoutException or OperationCanceledException))
                    {
                        gate.OutcomeUncertain = true;
                    }
                    failedStep = step;
                    steps.Add(Result(step, index, Outcome(failure.Verdict), failure.Message, time.GetElapsedTime(stepStarted)));
                }
            }

            // The check measures after the steps; a progress check also runs when a dry run stopped the steps,
            // since looking up tickets filed earlier has no side effect.
            string? checkReason = null;
            if (scenario.Check is { } check && failure is null && (stop is null || check is ProgressCheck))
            {
                var index = steps.Count + 1;
                var checkStarted = time.GetTimestamp();
                try
                {
                    var run = new CheckRun(context, browserContext, scenario, checks.CityCode, checks.Channel, checks.Request, checks.RunId, checks.Services, checks.Campaigns, logger);
                    var outcome = await ScenarioCheckRunner.RunAsync(run, linked.Token);
                    context.Facts.AddRange(outcome.Facts);
                    checkReason = Clean(outcome.Reason);
                    steps.Add(new StepResult(index, "check", Clean(check.Describe()), check.Location, outcome.Verdict == Verdict.Pass ? StepOutcome.Passed : Outcome(outcome.Verdict), checkReason, time.GetElapsedTime(checkStarted)));
                    if (outcome.Verdict != Verdict.Pass)
                    {
                        failure = new StepFailure(outcome.Verdict, checkReason, null);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    var verdict = e is OperationCanceledException or TimeoutException or PlaywrightException ? Verdict.Fail : Verdict.Error;
                    checkReason = Clean($"{check.Describe()} at {check.Location} {(verdict == Verdict.Fail ? "failed" : "could not run")}: {e.Message}");
                    failure = new StepFailure(verdict, checkReason, null);
                    steps.Add(new StepResult(index, "check", Clean(check.Describe()), check.Location, Outcome(verdict), checkReason, time.GetElapsedTime(checkStarted)));
                }
            }

            var failureEvidence = new FailureEvidence(sensitive, logger);
            if (failure is not null)
            {
                // A step that threw stopped the page loading before it was judged; otherwise it is stopped now, since a
                // page still navigating answers neither the screenshot nor the HTML read.
                if (!loadingStopped)
                {
                    await PageLoading.StopAsync(context.Page, logger);
                }

                await failureEvidence.CaptureAsync(context, failure.Verdict, cancellationToken);
            }

            // The trace is stopped first thing in FinishTraceAsync: a throw while keeping it (the city budget cancelling
            // the upload) must not make the clean-up stop it a second time, and a stop that failed would fail again.
            traceOpen = false;
            await failureEvidence.FinishTraceAsync(browserContext, evidence, failure?.Verdict, page.Url, cancellationToken);

            var attempt = new AttemptResult(
                number,
                failure?.Verdict ?? Verdict.Pass,
                Clean(checkReason is not null && failedStep is null ? checkReason
                    : failure is not null ? Reason(scenario, failedStep!, steps.FindIndex(s => s.Outcome != StepOutcome.Passed) + 1, failure)
                    : stop is not null ? stop.Reason(scenario, steps.Count(s => s.Outcome == StepOutcome.Passed))
                    : $"all {scenario.Steps.Count} steps passed"),
                failure?.Hint,
                startedAt,
                time.GetElapsedTime(started),
                steps,
                evidence.Items);
            return (attempt, context);
        }
        finally
        {
            await CleanUpAsync(browserContext, page, traceOpen);
        }
    }

    /// <summary>
    /// What the attempt's trace records: the actions with their call logs and errors, and console messages, always;
    /// DOM snapshots and the network (which Playwright records only with snapshots) only in a re-check (attempt 2
    /// on), where a failure is being confirmed. Snapshotting the DOM at every action (the chatbot check
    /// reads its window many times a second) was the largest CPU cost of a sweep, and a first attempt that fails
    /// already keeps a screenshot and the HTML of the page it stopped on.
    /// </summary>
    internal static TracingStartOptions TraceOptions(Scenario scenario, int number) => new()
    {
        Title = $"{scenario.Name} attempt {number}",
        Snapshots = number > 1,
        Screenshots = false,
        Sources = false,
    };

    /// <summary>
    /// Stops a trace left open by a throw and closes the page; a failure here must not hide the throw. It takes no
    /// cancellation token on purpose: it runs when the attempt was cancelled too, and Playwright's own timeouts bound it.
    /// </summary>
    private async Task CleanUpAsync(IBrowserContext browserContext, IPage? page, bool traceOpen)
    {
        try
        {
            if (traceOpen)
            {
                await browserContext.Tracing.StopAsync();
            }
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            EngineLog.CleanUpFailed(logger, "trace", BrowserSession.FirstLine(e.Message));
        }

        try
        {
            if (page is not null)
            {
                await page.CloseAsync();
            }
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            EngineLog.CleanUpFailed(logger, "page", BrowserSession.FirstLine(e.Message));
        }
    }

    /// <summary>Decides whether a live-only step may run: not in a dry run, and only once per campaign.</summary>
    private async Task<(StepLoopStop? Stop, StepFailure? Failure)> GateAsync(Step step, CancellationToken cancellationToken)
    {
        if (gate is null)
        {
            return (StepLoopStop.DryRun(step), null);
        }

        return await gate.ClaimAsync(cancellationToken) switch
        {
            LiveClaim.Granted => (null, null),
            LiveClaim.AlreadyFinished { Record.State: LiveActionState.Done } done => (StepLoopStop.AlreadyPerformed(step, done.Record), null),
            LiveClaim.AlreadyFinished failed => (null, new StepFailure(
                Verdict.Fail,
                $"the live action failed in run {failed.Record.RunId} of this campaign ({failed.Record.Outcome}); it is not repeated",
                null)),
            LiveClaim.OutcomeUnknown unknown => (null, new StepFailure(
                Verdict.Manual,
                $"an earlier live attempt (run {unknown.Record.RunId}, started {unknown.Record.StartedAt:u}) never recorded its outcome; " +
                $"it is not repeated: check the portal, then record what happened with 'portalprobe campaign resolve'",
                null)),
            _ => throw new InvalidOperationException("unknown claim"),
        };
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

    private StepResult Result(Step step, int index, StepOutcome outcome, string? message, TimeSpan duration) =>
        new(index, step.Keyword, Clean(step.Label ?? step.Describe()), step.Location, outcome, message, duration);
}
