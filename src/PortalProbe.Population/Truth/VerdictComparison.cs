using System.Globalization;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Population.Truth;

/// <summary>A value a check measured beside its verdict, and the value ground truth holds.</summary>
public sealed record MeasuredComparison(string Expected, string? Actual)
{
    public bool Matches => Expected == Actual;

    public override string ToString() => $"expected {Expected}, measured {Actual ?? "nothing"}";
}

/// <summary>One function of one city: what ground truth expects the check to say, and what it said.</summary>
public sealed record FunctionComparison(string CityCode, string Function, string Scenario, Verdict? Expected, Verdict Actual, string Reason)
{
    /// <summary>A measured value that must equal the truth as well (the number of search channels), or null.</summary>
    public MeasuredComparison? Measured { get; init; }

    public bool Matches => Expected == Actual && Measured?.Matches != false;

    /// <summary>The check passed a function that ground truth says is broken or needs a person: the worst mistake.</summary>
    public bool FalsePass => Actual == Verdict.Pass && Expected is Verdict.Fail or Verdict.Manual;

    /// <summary>The check failed a function that ground truth says works.</summary>
    public bool FalseFail => Actual == Verdict.Fail && Expected == Verdict.Pass;
}

/// <summary>
/// Compares a city's verdicts with its ground truth, function by function. Only what the checks can measure is
/// compared: a function whose truth needs a judgement the scenario does not make is left out and counted as not
/// compared, never guessed. <see cref="ChatbotAccuracy"/> pairs the measured chatbot accuracy with the truth's.
/// </summary>
public static class VerdictComparison
{
    public static IReadOnlyList<FunctionComparison> Compare(CityTruth truth, CityRunResult run)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(run);
        var compared = new List<FunctionComparison>();
        foreach (var result in run.Scenarios)
        {
            if (truth.Unreachable)
            {
                compared.AddRange(Unreachable(truth, result));
                continue;
            }

            // A dry run stops at the first step with side effects (the SMS code, the login, the submit): its pass
            // speaks only of the steps before, never of whether registering, logging in or submitting works, and the
            // scores call such a function not measured. A truth about the whole function is not compared with it.
            if (result.StoppedForDryRun && result.Kind is ScenarioKind.Registration or ScenarioKind.Login or ScenarioKind.Submission)
            {
                continue;
            }

            if (result.Kind == ScenarioKind.SelfService)
            {
                compared.AddRange(SelfService(truth, result));
                continue;
            }

            var (function, expected) = Expectation(truth, result);
            if (function is not null)
            {
                compared.Add(new FunctionComparison(truth.Code, function, $"{result.Channel.ToString().ToLowerInvariant()}/{result.Scenario}", expected, result.Verdict, result.Reason));
            }
        }

        return compared;
    }

    /// <summary>
    /// The chatbot accuracy ground truth gives (<see cref="CityTruth.ChatbotAccuracy"/>) and the one the city's chatbot
    /// scenarios measured (fact <c>chatbot.accuracy</c>; null when the check did not get to measure it), one pair per
    /// chatbot scenario; none when the truth has no chatbot.
    /// </summary>
    public static IReadOnlyList<(string Scenario, double Expected, double? Measured)> ChatbotAccuracy(CityTruth truth, CityRunResult run)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(run);
        if (truth.ChatbotAccuracy is not { } expected)
        {
            return [];
        }

        return run.Scenarios
            .Where(s => s.Kind == ScenarioKind.Chatbot)
            .Select(s => (s.Scenario, expected, s.Facts.FirstOrDefault(f => f.Name == FactRegistry.ChatbotAccuracy.Name) is { } fact
                ? double.Parse(fact.Value, System.Globalization.CultureInfo.InvariantCulture)
                : (double?)null))
            .ToList();
    }

    /// <summary>The function a scenario measures and the verdict its truth calls for; null function when not comparable.</summary>
    private static (string? Function, Verdict? Expected) Expectation(CityTruth truth, ScenarioResult result) => result.Kind switch
    {
        ScenarioKind.Registration => ("registration", Expected(truth.Registration)),
        ScenarioKind.Login => ("login", Expected(truth.Login)),
        ScenarioKind.Submission => ("submission", Expected(truth.Submission)),

        // The progress check looks up the tickets the campaign's submissions obtained: it speaks for the lookup only
        // when it had a ticket to look up (progress.tickets > 0; a scenario that files its own appeal also counts).
        ScenarioKind.Progress when truth.Submission == TruthValue.Works && LookedUp(result) => ("progressLookup", Expected(truth.ProgressLookup)),

        // The chatbot check asks the bank and judges the answers: one that answers from it (accurately or partly)
        // passes, one that deflects or stays silent fails.
        ScenarioKind.Chatbot => ("chatbot", Expected(truth.Chatbot)),

        // The whole-site links check (the scenario named links); a scenario that follows one link speaks for that link only.
        ScenarioKind.Links when result.Scenario == "links" => ("links", truth.BrokenLinks.Count > 0 || EntryFlaky(truth) ? Verdict.Fail : Verdict.Pass),

        // The disclosure check passes a list only when it is published and recent; absent, stale and undated fail.
        ScenarioKind.Disclosure when result.Scenario == "reports" => ("dataReports", truth.DataReports ? Verdict.Pass : Verdict.Fail),
        ScenarioKind.Disclosure when result.Scenario == "cases" => ("hotCases", truth.HotCases ? Verdict.Pass : Verdict.Fail),
        _ => (null, null),
    };

    /// <summary>
    /// The scenario looked a ticket up: its check counted one. A script without a check block (南宁's, whose lookup
    /// needs a password shown once, at filing) files and looks up in its steps, as before the check existed.
    /// </summary>
    private static bool LookedUp(ScenarioResult result) =>
        result.Facts.FirstOrDefault(f => f.Name == FactRegistry.ProgressTickets.Name) is not { } tickets || tickets.Value != "0";

    /// <summary>
    /// True when the page the links check starts from stays unreliable: the home page "/" fails every other visit and
    /// it is the entry (every style but app H5, whose entry is /app/). By the 5% rule such a site is unreachable: a
    /// fail. A home page whose outage passed is flaky, not failing: the links check's re-check gets through.
    /// </summary>
    private static bool EntryFlaky(CityTruth truth) => truth.Style != "app-h5" && truth.EntryUnreliable;

    /// <summary>
    /// A selfservice scenario speaks for two functions: the search channels (its verdict, pass from two channels, and
    /// the number counted, which must equal the truth) and the enterprise entrance (its fact, read as pass or fail).
    /// </summary>
    private static IEnumerable<FunctionComparison> SelfService(CityTruth truth, ScenarioResult result)
    {
        var scenario = $"{result.Channel.ToString().ToLowerInvariant()}/{result.Scenario}";
        var channels = result.Facts.FirstOrDefault(f => f.Name == FactRegistry.SearchChannels.Name)?.Value;
        yield return new FunctionComparison(truth.Code, "searchChannels", scenario, truth.SearchChannels >= 2 ? Verdict.Pass : Verdict.Fail, result.Verdict, result.Reason)
        {
            Measured = new MeasuredComparison(truth.SearchChannels.ToString(CultureInfo.InvariantCulture), channels),
        };

        var entrance = result.Facts.FirstOrDefault(f => f.Name == FactRegistry.EnterpriseEntrance.Name)?.Value;
        var found = entrance switch
        {
            "true" => Verdict.Pass,
            "false" => Verdict.Fail,
            _ => result.Verdict, // the check never got to look: its error or failure stands
        };
        yield return new FunctionComparison(truth.Code, "enterpriseEntrance", scenario, truth.EnterpriseEntrance ? Verdict.Pass : Verdict.Fail, found, result.Reason);
    }

    /// <summary>
    /// A hanging portal: every function a scenario speaks for is expected to fail, whatever works behind the hang (a
    /// captcha never shown is not "manual"), and the search channels counted are not compared (nothing can be counted).
    /// A scenario cut off by the city's time budget is an error: neither a false pass nor a false fail, but no match.
    /// </summary>
    private static IEnumerable<FunctionComparison> Unreachable(CityTruth truth, ScenarioResult result)
    {
        var scenario = $"{result.Channel.ToString().ToLowerInvariant()}/{result.Scenario}";
        string?[] functions = result.Kind == ScenarioKind.SelfService ? ["searchChannels", "enterpriseEntrance"] : [Expectation(truth, result).Function];
        foreach (var function in functions.OfType<string>())
        {
            yield return new FunctionComparison(truth.Code, function, scenario, Verdict.Fail, result.Verdict, result.Reason);
        }
    }

    private static Verdict? Expected(TruthValue value) => value switch
    {
        TruthValue.Works => Verdict.Pass,
        TruthValue.Fails => Verdict.Fail,
        TruthValue.Manual => Verdict.Manual,
        _ => null,
    };
}
