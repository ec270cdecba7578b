using PortalProbe.Browser.Engine;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks;

/// <summary>
/// The facts of registration, login and submission scenarios, read off the final attempt's steps (these kinds
/// take no check block), plus <c>steps.brokenAt</c> for every kind. A fact whose step never ran is absent, not
/// false; the facts about live actions (registered, submitted, ticket) exist only when the live steps ran, so a
/// dry run never claims them.
/// </summary>
internal static class FormFacts
{
    public static IEnumerable<FactValue> For(Scenario scenario, AttemptResult final, VariableScope? scope, RunRequest request)
    {
        // The step results follow the scenario's steps one to one; a check adds one result after them.
        var steps = scenario.Steps.Zip(final.Steps, (step, result) => (Step: step, Outcome: result.Outcome)).ToList();
        var broken = final.Steps.FirstOrDefault(s => s.Outcome is StepOutcome.Failed or StepOutcome.Manual or StepOutcome.Error);
        if (broken is not null)
        {
            yield return FactValue.Of(FactRegistry.StepsBrokenAt, broken.Description);
        }

        var firstLive = steps.FindIndex(s => s.Step.LiveOnly);
        var liveRan = request.Mode == RunRequest.Live && firstLive >= 0 && steps[firstLive].Outcome != StepOutcome.NotRun;
        var before = firstLive < 0 ? steps : steps[..firstLive];
        switch (scenario.Kind)
        {
            case ScenarioKind.Registration when liveRan && Settled(final.Verdict):
                yield return FactValue.Of(FactRegistry.RegistrationWorks, final.Verdict == Verdict.Pass);
                break;
            case ScenarioKind.Login when Settled(final.Verdict) && (firstLive < 0 || liveRan):
                yield return FactValue.Of(FactRegistry.LoginWorks, final.Verdict == Verdict.Pass);
                break;
            case ScenarioKind.Submission:
                foreach (var fact in Submission(steps, before, firstLive, liveRan, scope))
                {
                    yield return fact;
                }

                break;
        }
    }

    private static IEnumerable<FactValue> Submission(
        List<(Step Step, StepOutcome Outcome)> steps, List<(Step Step, StepOutcome Outcome)> before, int firstLive, bool liveRan, VariableScope? scope)
    {
        if (Outcome(before.Where(s => s.Step is GotoStep).Take(1)) is { } reachable)
        {
            yield return FactValue.Of(FactRegistry.SubmissionFormReachable, reachable);
        }

        if (Outcome(before.Where(s => s.Step is FillStep or SelectStep or CheckStep)) is { } fillable)
        {
            yield return FactValue.Of(FactRegistry.SubmissionFillable, fillable);
        }

        if (Outcome(before.Where(s => s.Step is ExpectStep { Expectation: EnabledExpectation or VisibleExpectation }).TakeLast(1)) is { } enabled)
        {
            yield return FactValue.Of(FactRegistry.SubmissionSubmitEnabled, enabled);
        }

        if (!liveRan)
        {
            yield break;
        }

        // Submitted: the live steps up to the first extract (the portal's confirmation) passed.
        var confirmation = steps[firstLive..].TakeWhile(s => s.Step is not ExtractStep).ToList();
        if (Outcome(confirmation) is { } submitted)
        {
            yield return FactValue.Of(FactRegistry.SubmissionSubmitted, submitted);
            var ticket = scope is not null && scope.TryGet("ticket", out var number) && !string.IsNullOrWhiteSpace(number);
            yield return FactValue.Of(FactRegistry.SubmissionTicketObtained, submitted && ticket);
        }
    }

    /// <summary>True when every step passed, false when one failed, null when one needed a person or did not run (or there are none).</summary>
    private static bool? Outcome(IEnumerable<(Step Step, StepOutcome Outcome)> steps)
    {
        var outcomes = steps.Select(s => s.Outcome).ToList();
        if (outcomes.Count == 0)
        {
            return null;
        }

        var firstNotPassed = outcomes.FirstOrDefault(o => o != StepOutcome.Passed, StepOutcome.Passed);
        return firstNotPassed switch
        {
            StepOutcome.Passed => true,
            StepOutcome.Failed => false,
            _ => null,
        };
    }

    private static bool Settled(Verdict verdict) => verdict is Verdict.Pass or Verdict.Fail;
}
