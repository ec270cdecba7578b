using PortalProbe.Browser.Checks.Progress;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Privacy;
using PortalProbe.Browser.Steps;
using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks;

/// <summary>
/// Looks up the tickets of <see cref="TicketSource"/> one after the other in the scenario's page: runs the
/// lookup steps with <c>${ticket}</c> set, reads the status (accepted, in-progress, closed or not-found) and the
/// reply, and stores each lookup of a campaign ticket. Passes when every ticket was found; fails naming the
/// tickets that were not. With no ticket to look up it passes with what the steps showed (the lookup page).
/// </summary>
internal static class ProgressCheckRunner
{
    public static async Task<CheckOutcome> RunAsync(CheckRun run, ProgressCheck check, CancellationToken cancellationToken)
    {
        var (campaign, tickets) = await TicketSource.FindAsync(run, cancellationToken);
        if (tickets.Count == 0)
        {
            return new CheckOutcome(Verdict.Pass, NoTicketReason(run, campaign), [FactValue.Of(FactRegistry.ProgressTickets, 0)]);
        }

        var results = new List<LookupResult>();
        foreach (var ticket in tickets)
        {
            // A blank page between lookups: a single-page portal would otherwise still show the previous ticket's
            // result. Not before the first: the steps left the page on the lookup form, and reloading a portal
            // costs a request its faults may answer (a flaky home page is the home scenario's finding, not this one's).
            if (results.Count > 0)
            {
                await run.Steps.Page.GotoAsync("about:blank");
            }

            var (result, failure) = await LookUpAsync(run, check, ticket, cancellationToken);
            if (failure is not null)
            {
                return failure;
            }

            results.Add(result!);
        }

        var notFound = results.Where(r => !r.Found).Select(r => r.Lookup.Number).ToList();
        var facts = Facts(run, results);
        return notFound.Count == 0
            ? new CheckOutcome(Verdict.Pass, Summary(results), facts)
            : new CheckOutcome(Verdict.Fail, $"the progress lookup did not find ticket {string.Join(", ", notFound)} ({Summary(results)})", facts);
    }

    private static async Task<(LookupResult? Result, CheckOutcome? Failure)> LookUpAsync(
        CheckRun run, ProgressCheck check, TicketLookup ticket, CancellationToken cancellationToken)
    {
        var context = run.Steps;
        context.Scope.Set("ticket", ticket.Number);
        foreach (var (step, index) in check.Lookup.Select((s, i) => (s, i + 1)))
        {
            try
            {
                await StepRunner.RunAsync(context, step, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var failure = await FailureJudge.JudgeAsync(context, step, e);
                var what = step.Label ?? step.Describe();
                return (null, new CheckOutcome(
                    failure.Verdict,
                    $"looking up ticket {ticket.Number}: lookup step {index} of {check.Lookup.Count} '{what}' at {step.Location} failed: {failure.Message}",
                    [FactValue.Of(FactRegistry.ProgressLookupWorks, false)]));
            }
        }

        var status = await StatusReader.StatusAsync(context, check.Status, cancellationToken);
        var state = TicketStates.FromStatusText(status);
        var reply = state == TicketState.NotFound ? null : await StatusReader.ReplyAsync(context, check.Reply);
        if (state == TicketState.NotFound)
        {
            await context.Evidence.ScreenshotAsync(context, "progress-not-found", fullPage: false, cancellationToken);
        }

        status = Clean(context, status);
        reply = Clean(context, reply);
        TicketProgress? progress = null;
        if (ticket.Stored is { } stored)
        {
            var observation = new TicketObservation(stored.Ticket, run.RunId, context.Time.GetUtcNow(), state, status, reply);
            progress = await run.Campaigns.ObserveAsync(observation, cancellationToken);
        }

        return (new LookupResult(ticket, state, status, reply, progress), null);
    }

    /// <summary>The facts, about the oldest ticket where one ticket is meant.</summary>
    private static List<FactValue> Facts(CheckRun run, List<LookupResult> results)
    {
        var oldest = results[0];
        var facts = new List<FactValue>
        {
            FactValue.Of(FactRegistry.ProgressTickets, results.Count),
            FactValue.Of(FactRegistry.ProgressLookupWorks, results.All(r => r.Found)),
            FactValue.Of(FactRegistry.ProgressStatus, oldest.State.ToId()),
            FactValue.Of(FactRegistry.ProgressReplied, oldest.Replied),
        };
        var now = run.Steps.Time.GetUtcNow();
        if (oldest.Found)
        {
            // A ticket the campaign does not hold was filed by these very steps: its submission is now.
            var submitted = oldest.Progress?.Ticket.SubmittedAt ?? now;
            var firstReply = oldest.Progress?.FirstReplyAt ?? (oldest.Reply is null ? null : now);
            facts.AddRange(ReplyTiming.Facts(run.Services.Calendar, submitted, firstReply, now));
        }

        return facts;
    }

    private static string Summary(List<LookupResult> results) =>
        string.Join("; ", results.Select(r => $"ticket {r.Lookup.Number}: {r.State.ToId()}{(r.State == TicketState.Unrecognised ? $" \"{r.StatusText}\"" : "")}{(r.Reply is null ? "" : ", replied")}"));

    private static string NoTicketReason(CheckRun run, Campaign? campaign) => campaign is null
        ? "no ticket to look up: no campaign is open and the steps obtained none (a dry run stops before filing an appeal); the lookup page worked"
        : $"no open ticket of campaign '{campaign.Name}' for city {run.CityCode} on {run.Channel.ToId()} and none obtained by the steps " +
          "(a dry run stops before filing an appeal); the lookup page worked";

    private static string? Clean(StepContext context, string? text) =>
        text is null ? null : PersonalDataMasker.Mask(context.Sensitive.Redact(text));
}
