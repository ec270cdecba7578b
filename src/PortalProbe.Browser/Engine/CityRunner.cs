using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PortalProbe.Browser.Checks;
using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Privacy;
using PortalProbe.Browser.Sms;
using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Engine;

/// <summary>
/// Runs one city's scenarios: a fresh browser context per channel, each scenario re-checked after a failure
/// (in the run, or later in a sweep with <see cref="RunRequest.DeferRechecks"/>), each result stored as soon as it
/// is known, the run marked complete only at the end.
/// </summary>
public sealed partial class CityRunner(
    Func<CancellationToken, Task<BrowserSession>> browser,
    BrowserConfig config,
    IResultStore results,
    IEvidenceStore evidence,
    ICampaignStore campaigns,
    TimeProvider time,
    Func<string, string?> environment,
    ILogger<CityRunner> logger,
    ScenarioServices? services = null,
    SmsPrompt? smsPrompt = null)
{
    private readonly ScenarioServices _services = services ?? ScenarioServices.None;
    private readonly SmsCodeReader _smsCodes = new(config.Sms, smsPrompt ?? SmsPrompt.Unattended);

    public async Task<CityRunResult> RunAsync(CheckScript script, RunRequest request, CancellationToken cancellationToken)
    {
        var preflight = RunPreflight.Check(script, request, environment);
        if (preflight.UsageErrors.Count > 0)
        {
            throw new RunRequestException(string.Join(Environment.NewLine, preflight.UsageErrors));
        }

        var startedAt = time.GetUtcNow();
        if (request.LiveCampaign is { IsOpen: false } closed)
        {
            throw new RunRequestException($"campaign '{closed.Name}' is closed: live runs happen only inside an open campaign");
        }

        var runId = await results.BeginRunAsync(
            new RunStart(script.City, script.SourceFile, request.Mode, startedAt, request.LiveCampaign?.Id), cancellationToken);
        EngineLog.RunStarted(logger, runId, script.City.Code, request.Mode);
        var plan = Plan(script, request).ToList();
        var stored = new List<ScenarioResult>();
        string? stopReason = preflight.MissingSecrets.Count > 0 ? "the run stopped before starting the browser: a secret is missing" : null;
        if (stopReason is null)
        {
            using var budget = request.TimeBudget is { } limit ? new CancellationTokenSource(limit, time) : new CancellationTokenSource();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
            try
            {
                stopReason = await RunPlanAsync(script, request, plan, runId, stored, linked.Token);
            }
            catch (Exception e) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested && e is OperationCanceledException or TimeoutException or PlaywrightException)
            {
                // The city's time is up: what did not finish is recorded as our error, not as the portal's fault.
                stopReason = RunRequest.BudgetExceeded;
            }
        }

        foreach (var (channel, scenario) in plan.Where(p => !stored.Any(s => s.Scenario == p.Scenario.Name && s.Channel == p.Channel.Kind)))
        {
            var missing = RunPreflight.MissingFor(script, scenario, channel, preflight.MissingSecrets);
            var result = missing.Count > 0
                ? NotRun(scenario, channel, Verdict.Error, MissingSecretsReason(script, scenario, channel, missing), request)
                : NotRun(scenario, channel, stopReason is null ? Verdict.Skipped : Verdict.Error, stopReason ?? "not run", request);
            await SaveAsync(runId, result, stored, cancellationToken);
        }

        // A sweep re-checks failed scenarios later: until then the run stays incomplete, so nothing that reads
        // completed runs takes its first attempts for the final word.
        var pending = request.DeferRechecks ? await PendingRechecksAsync(script, request, runId, stored, cancellationToken) : [];
        if (pending.Count > 0)
        {
            EngineLog.RecheckDeferred(logger, runId, script.City.Code, pending.Count);
            return new CityRunResult(runId, script.City, startedAt, null, false, stored);
        }

        var finishedAt = time.GetUtcNow();
        await results.CompleteRunAsync(runId, finishedAt, cancellationToken);
        EngineLog.RunFinished(logger, runId, script.City.Code);
        return new CityRunResult(runId, script.City, startedAt, finishedAt, true, stored);
    }

    /// <summary>
    /// Runs the plan's scenarios channel by channel and stores each result; <paramref name="firsts"/> holds, for a
    /// re-check later in a sweep, each scenario's stored result whose attempts the re-check continues.
    /// Returns why the plan stopped early, or null.
    /// </summary>
    private async Task<string?> RunPlanAsync(
        CheckScript script, RunRequest request, List<(ChannelSpec Channel, Scenario Scenario)> plan, long runId,
        List<ScenarioResult> stored, CancellationToken cancellationToken,
        IReadOnlyDictionary<(string Scenario, ChannelKind Channel), ScenarioResult>? firsts = null)
    {
        if (plan.Count == 0)
        {
            return null;
        }

        BrowserSession session;
        try
        {
            session = await browser(cancellationToken);
        }
        catch (BrowserLaunchException e)
        {
            return e.Message;
        }

        var sensitive = new SensitiveValues();
        var baseScope = BaseScope(script, request, sensitive);
        foreach (var channelPlan in plan.GroupBy(p => p.Channel))
        {
            var channel = channelPlan.Key;
            var scope = baseScope.Fork();
            var entry = scope.Resolve(channel.Entry);
            scope.Set("entry", entry);
            scope.Set("channel", channel.Kind.ToId());
            IBrowserContext opened;
            try
            {
                opened = await NewContextAsync(session, channel.Kind);
            }
            catch (PlaywrightException e)
            {
                // The browser went away under us: the scenarios left are recorded as errors, not lost.
                return $"could not open a browser context for the {channel.Kind.ToId()} channel: {BrowserSession.FirstLine(e.Message)}";
            }

            await using var context = opened;
            var outage = new PortalOutage(PortalOutage.EntryOf(entry), config.Timeouts.Navigation, time);
            var scenarios = channelPlan.Select(p => p.Scenario).ToList();
            foreach (var (scenario, index) in scenarios.Select((s, i) => (s, i)))
            {
                var first = firsts?.GetValueOrDefault((scenario.Name, channel.Kind));
                var result = outage.Finding is { } down
                    ? NotLoaded(script, scenario, channel, down, request, first)
                    : await RunScenarioAsync(script, context, channel, scenario, scope, request, runId, sensitive, first, outage, cancellationToken);
                await SaveAsync(runId, result, stored, cancellationToken);
                if (outage.Finding is null && index < scenarios.Count - 1)
                {
                    await outage.ConfirmIfSuspectedAsync(context, cancellationToken);
                    if (outage.Finding is { } finding)
                    {
                        EngineLog.PortalDown(logger, script.City.Code, channel.Kind, entry, finding);
                    }
                }
            }
        }

        return null;
    }

    private async Task<ScenarioResult> RunScenarioAsync(
        CheckScript script, IBrowserContext context, ChannelSpec channel, Scenario scenario, VariableScope channelScope,
        RunRequest request, long runId, SensitiveValues sensitive, ScenarioResult? first, PortalOutage outage, CancellationToken cancellationToken)
    {
        var gate = request.LiveCampaign is { } campaign
            ? new LiveGate(campaigns, new LiveActionKey(campaign.Id, script.City.Code, channel.Kind, LiveAction(scenario)), runId, time)
            : null;
        var checks = new CheckSetup(script.City.Code, channel.Kind, request, runId, _services, campaigns) { SmsCodes = _smsCodes };
        var runner = new AttemptRunner(evidence, config.Timeouts, sensitive, gate, checks, time, logger);
        // A re-check later in a sweep continues the stored attempts with one more; a run re-checks in place.
        List<AttemptResult> attempts = first is null ? [] : [.. first.Attempts];
        var recheckHere = first is null && !request.DeferRechecks;
        Steps.StepContext? last = null;
        for (var number = attempts.Count + 1; ; number++)
        {
            var (attempt, stepContext) = await runner.RunAsync(context, scenario, channelScope.Fork(), number, cancellationToken);
            attempts.Add(attempt);
            last = stepContext;
            outage.Observe(attempt, stepContext?.Page.Url);

            // Once a live action was performed, a failure is recorded as it is: checking again would repeat it.
            if (attempt.Verdict != Verdict.Fail || !recheckHere || number > config.Recheck.Attempts || gate?.Claimed == true)
            {
                break;
            }

            EngineLog.Rechecking(logger, script.City.Code, channel.Kind, scenario.Name, config.Recheck.Delay);
            await Task.Delay(config.Recheck.Delay, time, cancellationToken);
        }

        var final = attempts[^1];
        if (gate is { Claimed: true })
        {
            await RecordLiveOutcomeAsync(script, channel, runId, gate, final, last, cancellationToken);
        }

        EngineLog.ScenarioFinished(logger, script.City.Code, channel.Kind, scenario.Name, final.Verdict, final.Number, final.Reason);
        return new ScenarioResult(scenario.Name, scenario.Kind, channel.Kind, attempts, Facts(scenario, final, last, request));
    }

    /// <summary>The ledger key of a scenario's live action: its kind, or its name for custom scenarios.</summary>
    private static string LiveAction(Scenario scenario) =>
        scenario.Kind == ScenarioKind.Custom ? "custom:" + scenario.Name : scenario.Kind.ToId();

    private async Task RecordLiveOutcomeAsync(
        CheckScript script, ChannelSpec channel, long runId, LiveGate gate, AttemptResult final, Steps.StepContext? context,
        CancellationToken cancellationToken)
    {
        // An uncertain outcome stays 'started': the next run reports it as unknown for an evaluator to resolve.
        if (gate.OutcomeUncertain || final.Verdict is not (Verdict.Pass or Verdict.Fail))
        {
            return;
        }

        // Recorded even when the run is being cancelled: the action has happened.
        await gate.FinishAsync(final.Verdict == Verdict.Pass, final.Reason, CancellationToken.None);
        if (final.Verdict == Verdict.Pass && context?.Scope.TryGet("ticket", out var ticket) == true && !string.IsNullOrWhiteSpace(ticket))
        {
            await campaigns.AddTicketAsync(
                new TicketRecord(gate.Key.CampaignId, script.City.Code, channel.Kind, ticket.Trim(), final.StartedAt, runId),
                CancellationToken.None);
        }
    }

    private async Task<IBrowserContext> NewContextAsync(BrowserSession session, ChannelKind kind)
    {
        var device = config.Devices[kind];
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = device.Width, Height = device.Height },
            UserAgent = string.IsNullOrEmpty(device.UserAgent) ? null : device.UserAgent,
            IsMobile = device.IsMobile,
            HasTouch = device.HasTouch,
            DeviceScaleFactor = device.DeviceScaleFactor,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout((float)config.Timeouts.Step.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)config.Timeouts.Navigation.TotalMilliseconds);
        return context;
    }

    private VariableScope BaseScope(CheckScript script, RunRequest request, SensitiveValues sensitive)
    {
        var initial = new Dictionary<string, string>(request.Vars, StringComparer.Ordinal)
        {
            ["city.code"] = script.City.Code,
            ["city.name"] = script.City.Name,
        };
        var scope = new VariableScope(initial, environment, sensitive);
        foreach (var (name, value) in script.Vars)
        {
            scope.Set(name, scope.Resolve(value));
        }

        return scope;
    }

    private async Task SaveAsync(long runId, ScenarioResult result, List<ScenarioResult> stored, CancellationToken cancellationToken)
    {
        await results.SaveScenarioAsync(runId, result, cancellationToken);
        stored.Add(result);
    }

    private static string MissingSecretsReason(CheckScript script, Scenario scenario, ChannelSpec channel, IReadOnlyList<string> missing)
    {
        var names = string.Join(", ", missing.Select(m => $"'{m}'"));
        var verb = missing.Count == 1 ? "secret " + names + " is" : "secrets " + names + " are";
        return $"{verb} not set in the environment; {script.SourceFile} needs {(missing.Count == 1 ? "it" : "them")} for scenario '{scenario.Name}' on the {channel.Kind.ToId()} channel";
    }

    private static IEnumerable<(ChannelSpec Channel, Scenario Scenario)> Plan(CheckScript script, RunRequest request) =>
        from channel in script.Channels
        where request.Channel is null || request.Channel == channel.Kind
        from scenario in script.Scenarios
        where scenario.RunsOn(channel.Kind) && (request.Scenario is null || request.Scenario == scenario.Name)
        select (channel, scenario);

    private ScenarioResult NotRun(Scenario scenario, ChannelSpec channel, Verdict verdict, string reason, RunRequest request)
    {
        var steps = scenario.Steps.Select((s, i) => new StepResult(i + 1, s.Keyword, s.Label ?? s.Describe(), s.Location, StepOutcome.NotRun, null, TimeSpan.Zero)).ToList();
        var attempt = new AttemptResult(1, verdict, reason, null, time.GetUtcNow(), TimeSpan.Zero, steps, []);
        return new ScenarioResult(scenario.Name, scenario.Kind, channel.Kind, [attempt], [FactValue.Of(FactRegistry.Mode, request.Mode)]);
    }

    /// <summary>
    /// A scenario not loaded because its portal is down (<see cref="PortalOutage"/>): failed, as it is for a citizen,
    /// with the finding as its reason; a later re-check continues its stored attempts with this one.
    /// </summary>
    private ScenarioResult NotLoaded(CheckScript script, Scenario scenario, ChannelSpec channel, string finding, RunRequest request, ScenarioResult? first)
    {
        var result = NotRun(scenario, channel, Verdict.Fail, finding, request);
        var attempt = result.Attempts[0] with { Number = (first?.Attempts.Count ?? 0) + 1 };
        EngineLog.ScenarioFinished(logger, script.City.Code, channel.Kind, scenario.Name, Verdict.Fail, attempt.Number, finding);
        return result with { Attempts = [.. first?.Attempts ?? [], attempt] };
    }

    private static List<FactValue> Facts(Scenario scenario, AttemptResult final, Steps.StepContext? context, RunRequest request)
    {
        var facts = new List<FactValue>
        {
            FactValue.Of(FactRegistry.Mode, request.Mode),
            FactValue.Of(FactRegistry.StepsTotal, final.Steps.Count),
            FactValue.Of(FactRegistry.StepsPassed, final.Steps.Count(s => s.Outcome == StepOutcome.Passed)),
        };
        if (context?.EntryLoadTime is { } load)
        {
            facts.Add(FactValue.Of(FactRegistry.EntryLoad, load));
        }

        if (context?.LastHttpStatus is { } status)
        {
            facts.Add(FactValue.Of(FactRegistry.PageHttpStatus, status));
        }

        facts.AddRange(FormFacts.For(scenario, final, context?.Scope, request));
        facts.AddRange(context?.Facts ?? []);
        return facts;
    }
}
