using PortalProbe.Cities;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Engine;

/// <summary>
/// Checks a run request against its script before anything starts: usage problems stop the run with exit
/// code 2; missing secrets stop it before any browser starts, recorded as error verdicts.
/// </summary>
public static class RunPreflight
{
    public static PreflightResult Check(CheckScript script, RunRequest request, Func<string, string?> environment)
    {
        var usage = new List<string>();
        foreach (var name in script.RuntimeVars.Where(n => !request.Vars.ContainsKey(n)))
        {
            usage.Add($"{script.SourceFile}: city {script.City.Code} needs the run-time variable '{name}': pass --var {name}=VALUE");
        }

        if (request.Scenario is { } scenario && script.Scenarios.All(s => s.Name != scenario))
        {
            usage.Add($"{script.SourceFile}: city {script.City.Code} has no scenario '{scenario}' (it has: {string.Join(", ", script.Scenarios.Select(s => s.Name))})");
        }

        if (request.Channel is { } channel && script.Channels.All(c => c.Kind != channel))
        {
            usage.Add($"{script.SourceFile}: city {script.City.Code} has no {channel.ToId()} channel (it has: {string.Join(", ", script.Channels.Select(c => c.Kind.ToId()))})");
        }

        var missing = script.SecretNames.Where(n => string.IsNullOrEmpty(environment(n))).ToHashSet(StringComparer.Ordinal);
        return new PreflightResult(usage, missing);
    }

    /// <summary>The secrets a scenario on a channel needs that the environment lacks.</summary>
    public static IReadOnlyList<string> MissingFor(
        CheckScript script, Scenario scenario, ChannelSpec channel, IReadOnlySet<string> missing) =>
        missing.Count == 0
            ? []
            : [.. script.Vars.Values.Append(channel.Entry)
                .Concat(scenario.Steps.SelectMany(s => s.Templates))
                .SelectMany(t => t.SecretNames)
                .Where(missing.Contains)
                .Distinct(StringComparer.Ordinal)];
}

public sealed record PreflightResult(IReadOnlyList<string> UsageErrors, IReadOnlySet<string> MissingSecrets);
