using PortalProbe.Results;

namespace PortalProbe.Cli.Bench;

/// <summary>One timed part of the benchmark: the cities it ran, their runs, and its wall time.</summary>
internal sealed record BenchPhase(string Name, int Parallel, IReadOnlyList<CityRunResult> Runs, IReadOnlyList<string> NotRun, TimeSpan Elapsed, long EvidenceBytes)
{
    public int Cities => Runs.Count + NotRun.Count;

    /// <summary>Wall time per city: the phase's time over its cities.</summary>
    public TimeSpan PerCity => Cities == 0 ? TimeSpan.Zero : Elapsed / Cities;
}
