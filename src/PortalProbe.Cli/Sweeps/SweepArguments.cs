namespace PortalProbe.Cli.Sweeps;

/// <summary>The sweep command line after parsing, before anything is checked against the scripts or the database.</summary>
internal sealed record SweepArguments(
    IReadOnlyList<string>? Cities,
    bool All,
    string? Checks,
    IReadOnlyDictionary<string, string> Vars,
    int? Parallel,
    bool Live,
    long? Resume,
    TimeSpan CityBudget)
{
    /// <summary>Problems a user can fix on the command line, each as one sentence.</summary>
    public IEnumerable<string> Problems()
    {
        if (Parallel is < 1)
        {
            yield return $"--parallel {Parallel} must be at least 1";
        }

        if (CityBudget <= TimeSpan.Zero)
        {
            yield return "--city-budget must be at least 1 second";
        }

        if (Resume is null && Cities is null && !All)
        {
            yield return "say which cities to sweep: --cities CODE,CODE... or --all (or --resume ID)";
        }

        if (Cities is not null && All)
        {
            yield return "--cities and --all exclude each other";
        }

        if (Resume is not null && (Cities is not null || All || Checks is not null || Vars.Count > 0 || Live))
        {
            yield return "--resume ID continues the sweep with its own cities, checks, variables and mode: leave out --cities, --all, --checks, --var and --live";
        }

        foreach (var code in Cities ?? [])
        {
            if (!PortalProbe.Cities.CityInfo.IsValidCode(code))
            {
                yield return $"--cities: '{code}' is not a six-digit administrative code";
            }
        }

        if (Cities is not null && Cities.Distinct(StringComparer.Ordinal).Count() != Cities.Count)
        {
            yield return "--cities names a city more than once";
        }
    }
}
