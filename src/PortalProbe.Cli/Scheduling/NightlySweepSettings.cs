using PortalProbe.Cli.Sweeps;

namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// What <c>serve</c>'s nightly sweep runs, from the <c>sweep</c> section of <c>serve.json</c>: the same choices as
/// the command line of <c>portalprobe sweep</c>. The progress lookups use the same checks folder and variables.
/// </summary>
/// <param name="Checks">The checks folder as an absolute path; null: the checkout's <c>checks</c>.</param>
/// <param name="Cities">The cities in order; null: every city script of the checks folder.</param>
/// <param name="Vars">Run-time variables every city gets (<c>--var</c>).</param>
/// <param name="Parallel">Cities at once; null: sized from available memory.</param>
/// <param name="CityBudget">How long one city may take.</param>
/// <param name="Live">Live inside the open campaign (each live action at most once per campaign), else a dry run.</param>
internal sealed record NightlySweepSettings(
    string? Checks,
    IReadOnlyList<string>? Cities,
    IReadOnlyDictionary<string, string> Vars,
    int? Parallel,
    TimeSpan CityBudget,
    bool Live)
{
    public static NightlySweepSettings Default { get; } =
        new(null, null, new Dictionary<string, string>(StringComparer.Ordinal), null, SweepOptions.DefaultCityBudget, false);

    /// <summary>The sweep as <c>portalprobe sweep</c> would be asked it.</summary>
    public SweepArguments ToArguments() => new(Cities, Cities is null, Checks, Vars, Parallel, Live, Resume: null, CityBudget);
}
