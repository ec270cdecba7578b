using Microsoft.Playwright;
using PortalProbe.Cities;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Engine;

/// <summary>The re-checks a sweep runs later than the city's first pass (<see cref="RunRequest.DeferRechecks"/>).</summary>
public sealed partial class CityRunner
{
    /// <summary>
    /// Re-checks, once, every scenario of an incomplete run that failed on its only attempt, no earlier than the
    /// configured re-check delay after the run's last attempt and within what the first pass left of the request's
    /// time budget; appends the re-check to the scenario's stored attempts and then marks the run complete.
    /// </summary>
    /// <remarks>
    /// Everything it needs is read from the stored run, so it can be called again after a crash: a scenario whose
    /// re-check was stored has two attempts and is not re-checked again. A scenario whose live action was claimed
    /// in this run is never re-checked (that would repeat the action). When the budget runs out, the scenarios not
    /// re-checked keep their failed attempt, except one cut off after its live action started: that re-check is an error.
    /// </remarks>
    /// <exception cref="InvalidOperationException">No browser or browser context could be had for the re-checks.</exception>
    public async Task<CityRunResult> RecheckAsync(CheckScript script, RunRequest request, CityRunResult run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(run);
        if (run.Complete)
        {
            // Completed before a crash kept the sweep from marking its city done: nothing is left to do.
            return run;
        }

        var pending = await PendingRechecksAsync(script, request, run.RunId, run.Scenarios, cancellationToken);
        var rechecked = new List<ScenarioResult>();
        if (pending.Count > 0)
        {
            var lastAttemptEnd = run.Scenarios.SelectMany(s => s.Attempts).Max(a => a.StartedAt + a.Duration);

            // The re-checks spend what the first pass left of the city's budget: a city is never given two.
            var left = request.TimeBudget - (lastAttemptEnd - run.StartedAt);
            if (left <= TimeSpan.Zero)
            {
                EngineLog.RecheckBudgetExceeded(logger, run.RunId, script.City.Code);
            }
            else
            {
                var wait = lastAttemptEnd + config.Recheck.Delay - time.GetUtcNow();
                foreach (var (channel, scenario, _) in pending)
                {
                    EngineLog.Rechecking(logger, script.City.Code, channel.Kind, scenario.Name, wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
                }

                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }

                await RunRechecksAsync(script, request, run.RunId, pending, left, rechecked, cancellationToken);
            }
        }

        var finishedAt = time.GetUtcNow();
        await results.CompleteRunAsync(run.RunId, finishedAt, cancellationToken);
        EngineLog.RunFinished(logger, run.RunId, script.City.Code);
        var scenarios = run.Scenarios
            .Select(s => rechecked.FirstOrDefault(r => r.Scenario == s.Scenario && r.Channel == s.Channel) ?? s)
            .ToList();
        return run with { FinishedAt = finishedAt, Complete = true, Scenarios = scenarios };
    }

    private async Task RunRechecksAsync(
        CheckScript script, RunRequest request, long runId, List<(ChannelSpec Channel, Scenario Scenario, ScenarioResult First)> pending,
        TimeSpan? left, List<ScenarioResult> rechecked, CancellationToken cancellationToken)
    {
        var firsts = pending.ToDictionary(p => (p.Scenario.Name, p.Channel.Kind), p => p.First);
        var plan = pending.Select(p => (p.Channel, p.Scenario)).ToList();
        using var budget = left is { } limit ? new CancellationTokenSource(limit, time) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            if (await RunPlanAsync(script, request, plan, runId, rechecked, linked.Token, firsts) is { } stopped)
            {
                throw new InvalidOperationException($"the re-checks of run {runId} could not run: {stopped}");
            }
        }
        catch (Exception e) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested && e is OperationCanceledException or TimeoutException or PlaywrightException)
        {
            EngineLog.RecheckBudgetExceeded(logger, runId, script.City.Code);
            await RecordCutOffLiveActionsAsync(script, request, runId, pending, rechecked, cancellationToken);
        }
    }

    /// <summary>
    /// A re-check the budget cut off after it claimed its live action: the first attempt's fail no longer says what
    /// happened (the appeal may have been filed), so the re-check is stored as an error, as the first pass would
    /// store it. The campaign ledger keeps the action started, for an evaluator to resolve.
    /// </summary>
    private async Task RecordCutOffLiveActionsAsync(
        CheckScript script, RunRequest request, long runId, List<(ChannelSpec Channel, Scenario Scenario, ScenarioResult First)> pending,
        List<ScenarioResult> rechecked, CancellationToken cancellationToken)
    {
        if (request.LiveCampaign is not { } campaign)
        {
            return;
        }

        var claimed = (await campaigns.ActionsAsync(campaign.Id, cancellationToken))
            .Where(a => a.RunId == runId && a.Key.CityCode == script.City.Code)
            .Select(a => (a.Key.Channel, a.Key.Action))
            .ToHashSet();
        var cutOff = pending.Where(p =>
            claimed.Contains((p.Channel.Kind, LiveAction(p.Scenario)))
            && !rechecked.Any(r => r.Scenario == p.Scenario.Name && r.Channel == p.Channel.Kind));
        foreach (var (channel, scenario, first) in cutOff)
        {
            var reason = $"{RunRequest.BudgetExceeded} while re-checking, after its live action had started: the outcome is unknown " +
                "(the campaign keeps the action started for an evaluator to resolve)";
            var result = NotRun(scenario, channel, Verdict.Error, reason, request);
            var attempt = result.Attempts[0] with { Number = first.Attempts.Count + 1 };
            EngineLog.ScenarioFinished(logger, script.City.Code, channel.Kind, scenario.Name, Verdict.Error, attempt.Number, reason);
            await SaveAsync(runId, result with { Attempts = [.. first.Attempts, attempt] }, rechecked, cancellationToken);
        }
    }

    /// <summary>
    /// The stored results a sweep still has to re-check: failed (not manual, error or skipped) on their only
    /// attempt, still in the script, and not a live action this run claimed.
    /// </summary>
    private async Task<List<(ChannelSpec Channel, Scenario Scenario, ScenarioResult First)>> PendingRechecksAsync(
        CheckScript script, RunRequest request, long runId, IReadOnlyList<ScenarioResult> stored, CancellationToken cancellationToken)
    {
        var pending = (
            from result in stored
            where result.Verdict == Verdict.Fail && result.Attempts.Count == 1 && config.Recheck.Attempts > 0
            let channel = script.Channels.FirstOrDefault(c => c.Kind == result.Channel)
            let scenario = script.Scenarios.FirstOrDefault(s => s.Name == result.Scenario)
            where channel is not null && scenario is not null
            select (Channel: channel!, Scenario: scenario!, First: result)).ToList();
        if (pending.Count == 0 || request.LiveCampaign is not { } campaign)
        {
            return pending;
        }

        // The ledger, not memory, says which live actions this run performed: after a crash it still knows.
        var claimed = (await campaigns.ActionsAsync(campaign.Id, cancellationToken))
            .Where(a => a.RunId == runId && a.Key.CityCode == script.City.Code)
            .Select(a => (a.Key.Channel, a.Key.Action))
            .ToHashSet();
        return [.. pending.Where(p => !claimed.Contains((p.Channel.Kind, LiveAction(p.Scenario))))];
    }
}
