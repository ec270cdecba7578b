namespace PortalProbe.Cli.Bench;

/// <summary>The links one tool found broken, against ground truth.</summary>
internal sealed record LinkFigures(string Tool, TimeSpan Elapsed, int TrueBroken, int FalseBroken, int TruthBroken);

/// <summary>Every figure one benchmark run measured, as printed and as written by <c>--out</c>.</summary>
internal sealed record BenchFigures
{
    public required DateTimeOffset Date { get; init; }

    public required string Command { get; init; }

    public required string LoadBefore { get; init; }

    public required string LoadAfter { get; init; }

    public required int Cores { get; init; }

    public required int Cities { get; init; }

    public required int Parallel { get; init; }

    public required TimeSpan Wall { get; init; }

    public required int CitiesNotRun { get; init; }

    public double CitiesPerMinute => Wall > TimeSpan.Zero ? Cities / Wall.TotalMinutes : 0;

    public required int SampleCities { get; init; }

    public required TimeSpan SequentialWall { get; init; }

    /// <summary>(sequential time per city) / (parallel time per city).</summary>
    public double SpeedUp => Wall > TimeSpan.Zero && SampleCities > 0 && Cities > 0
        ? (SequentialWall.TotalSeconds / SampleCities) / (Wall.TotalSeconds / Cities)
        : 0;

    public required MemoryPeaks Memory { get; init; }

    public required long EvidenceBytes { get; init; }

    public long EvidenceBytesPerCity => Cities == 0 ? 0 : EvidenceBytes / Cities;

    public required int FunctionsCompared { get; init; }

    public required int Matches { get; init; }

    public required int FalsePasses { get; init; }

    public required int FalseFails { get; init; }

    /// <summary>Functions that ended in error (the city's time budget ran out on a hanging portal): neither false pass nor false fail.</summary>
    public required int Errors { get; init; }

    public required IReadOnlyList<string> Mismatches { get; init; }

    /// <summary>Where the parallel sweep's time went, by scenario kind.</summary>
    public IReadOnlyList<ScenarioProfile> Profile { get; init; } = [];

    public required LinkFigures PortalProbeLinks { get; init; }

    /// <summary>Null when linkchecker is not installed.</summary>
    public LinkFigures? LinkcheckerLinks { get; init; }

    /// <summary>Why linkchecker did not run, or what it ran as.</summary>
    public required string LinkcheckerNote { get; init; }

    /// <summary>URLs outside 127.0.0.0/8 that linkchecker requested; must be 0.</summary>
    public int LinkcheckerOutsideLoopback { get; init; }

    public IReadOnlyList<BenchGoal> Goals()
    {
        var full = Cities == BenchPopulation.AllCities;
        var lc = LinkcheckerLinks;
        return
        [
            new("349 cities within 20 minutes", "<= 20 min for 349", full ? BenchReport.Minutes(Wall) : $"{BenchReport.Minutes(Wall)} for {Cities} (projected {BenchReport.Minutes(Wall / Math.Max(1, Cities) * BenchPopulation.AllCities)})",
                BenchGoal.Check(full, Wall <= TimeSpan.FromMinutes(20))),
            new("peak memory of everything", "<= 3 GiB", BenchReport.Bytes(Memory.Everything), BenchGoal.Check(Memory.Samples > 0, Memory.Everything <= 3L * 1024 * 1024 * 1024)),
            new("speed-up over sequential", ">= 5", $"{SpeedUp:0.0}", BenchGoal.Check(SampleCities > 0, SpeedUp >= 5)),
            new("false passes", "0", $"{FalsePasses}", BenchGoal.Check(FunctionsCompared > 0, FalsePasses == 0)),
            new("false fails (transient faults)", "0", $"{FalseFails}", BenchGoal.Check(FunctionsCompared > 0, FalseFails == 0)),
            new("link checking faster than linkchecker", "< linkchecker's time",
                lc is null ? "linkchecker not run" : $"{BenchReport.Minutes(PortalProbeLinks.Elapsed)} vs {BenchReport.Minutes(lc.Elapsed)}",
                BenchGoal.Check(lc is not null, lc is not null && PortalProbeLinks.Elapsed < lc.Elapsed)),
            new("true broken links, no fewer than linkchecker", ">= linkchecker's",
                lc is null ? "linkchecker not run" : $"{PortalProbeLinks.TrueBroken} vs {lc.TrueBroken} of {PortalProbeLinks.TruthBroken}",
                BenchGoal.Check(lc is not null, lc is not null && PortalProbeLinks.TrueBroken >= lc.TrueBroken)),
        ];
    }
}
