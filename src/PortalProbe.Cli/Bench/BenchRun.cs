using PortalProbe.Browser.Configuration;
using PortalProbe.Cities;
using PortalProbe.Cli.Demo;
using PortalProbe.Population.Generation;
using PortalProbe.Population.Truth;
using PortalProbe.Results;
using PortalProbe.Scripts;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Hosting;

namespace PortalProbe.Cli.Bench;

/// <summary>
/// The benchmark, start to end: build and write the faulted country; then, each against a freshly started simulator
/// (so every part meets the same faults from the first request on): the parallel sweep of every city while memory is
/// sampled, the sequential sweep of the sample, PortalProbe's links check alone, and linkchecker; then the figures.
/// </summary>
internal static class BenchRun
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(CliEnvironment outer, BenchSettings settings, string commandLine, CancellationToken cancellationToken)
    {
        void Say(string line)
        {
            outer.Out.WriteLine(line);
            outer.Out.Flush();
        }

        var date = outer.Time.GetUtcNow();
        var loadBefore = LoadAverage();
        var temporary = settings.Data is null;
        var root = temporary
            ? Path.Combine(Path.GetTempPath(), "portalprobe-bench-" + Guid.NewGuid().ToString("N")[..12])
            : Path.GetFullPath(settings.Data!, outer.WorkingDirectory);
        Directory.CreateDirectory(root);
        try
        {
            var (_, account) = DemoPortals.Load(Path.Combine(ProjectPaths.FixturesFolder(outer), "demo", "portals.json"));

            // Simulator and probe share one clock on the population's as-of day, so disclosure dates are judged as of then;
            // the simulated portals accept the demo's test account.
            var clock = SimulatorClock.StartingAt(new DateTimeOffset(PopulationGenerator.DefaultAsOf.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
            var environment = outer with
            {
                Variables = name => outer.Variables(name) is { Length: > 0 } value ? value : account.GetValueOrDefault(name),
                Time = clock,
                Interactive = false,
                Input = null,
            };
            var config = BrowserConfigLoader.Load(ProjectPaths.ConfigFile(environment, settings.Config), environment.Variables);

            Say($"portalprobe bench: {settings.Cities} cities (seed {settings.Seed}), {settings.Parallel} at a time, sequential sample of {settings.Sample}; working in {root}");
            var population = BenchPopulation.Build(settings.Cities, settings.Seed);
            var folder = Path.Combine(root, "population");
            BenchPopulation.Write(population, folder);
            var codes = population.Cities.Select(c => c.City.Code).ToList();
            var notHanging = codes.Where((_, i) => !BenchFaults.Hangs(i)).ToList();
            var sample = BenchPopulation.Sample(notHanging.Count > 0 ? notHanging : codes, settings.Sample);
            Say($"faults: latency 80-400 ms a request, {codes.Where((_, i) => BenchFaults.IsSlow(i)).Count()} slow portals (0.8-2 s), " +
                $"{codes.Count - notHanging.Count} hanging, a transient 502/503 within the first {BenchFaults.TransientWindow} page requests of every portal");

            var port = 0;
            BenchPhase parallel;
            MemoryPeaks memory;
            await using (var sampler = MemorySampler.Start(SampleInterval, outer.Time))
            {
                Say($"1/4 parallel sweep of {codes.Count} cities ...");
                await using (var simulator = await SimulatorHost.StartAsync(population.Personalities.ToOptions(port, clock), cancellationToken))
                {
                    port = simulator.Port;
                    parallel = await BenchSweep.RunAsync(
                        "parallel", environment, Path.Combine(root, "parallel"), settings.Config, folder, codes, port, settings.Parallel, settings.CityBudget, Say, cancellationToken);
                }

                memory = sampler.Peaks;
            }

            Say($"2/4 sequential sweep of {sample.Count} sample cities ...");
            BenchPhase sequential;
            await using (var simulator = await SimulatorHost.StartAsync(population.Personalities.ToOptions(port, clock), cancellationToken))
            {
                sequential = await BenchSweep.RunAsync(
                    "sequential", environment, Path.Combine(root, "sequential"), settings.Config, folder, sample, port, 1, settings.CityBudget, Say, cancellationToken);
            }

            Say("3/4 PortalProbe's links check alone ...");
            BenchPhase links;
            await using (var simulator = await SimulatorHost.StartAsync(population.Personalities.ToOptions(port, clock), cancellationToken))
            {
                links = await LinksPass.RunAsync(environment, Path.Combine(root, "links"), settings.Config, folder, codes, port, settings.Parallel, cancellationToken);
            }

            var truthBroken = population.Truth
                .SelectMany(t => t.BrokenLinks)
                .Select(l => l.Replace(GroundTruth.PortPlaceholder, port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
                .ToHashSet(StringComparer.Ordinal);
            var probeFound = links.Runs.SelectMany(r => LinksPass.BrokenLinks(r, Path.Combine(root, "links"))).ToHashSet(StringComparer.Ordinal);
            var probeLinks = Tally("PortalProbe", links.Elapsed, probeFound, truthBroken);

            LinkFigures? checkerLinks = null;
            var checkerNote = $"{Linkchecker.DefaultPath} is not installed (Debian package linkchecker): skipped";
            var outside = 0;
            if (Linkchecker.IsInstalled())
            {
                Say("4/4 linkchecker on the same sites ...");
                await using var simulator = await SimulatorHost.StartAsync(population.Personalities.ToOptions(port, clock), cancellationToken);
                var starts = population.Personalities.Portals
                    .Select(p => new Uri($"http://{p.Address}:{port}{(p.Style == Simulator.Personalities.PortalStyle.AppH5 ? "/app/" : "/")}"))
                    .ToList();
                var checker = await Linkchecker.RunAsync(
                    starts, config.Links, config.Devices[ChannelKind.Wechat].UserAgent, Path.Combine(root, "linkchecker"), outer.Time, cancellationToken);
                var found = checker.Rows.Where(r => !r.Valid && !r.OnlySyntax).Select(r => r.Url).ToHashSet(StringComparer.Ordinal);
                checkerLinks = Tally("linkchecker", checker.Elapsed, found, truthBroken);
                outside = checker.OutsideLoopback.Count;
                checkerNote = checker.Command;
            }
            else
            {
                Say("4/4 " + checkerNote);
            }

            var truths = population.Truth.ToDictionary(t => t.Code, StringComparer.Ordinal);
            var comparisons = parallel.Runs.SelectMany(r => VerdictComparison.Compare(truths[r.City.Code], r)).ToList();
            var figures = new BenchFigures
            {
                Date = date,
                Command = commandLine,
                LoadBefore = loadBefore,
                LoadAfter = LoadAverage(),
                Cores = Environment.ProcessorCount,
                Cities = parallel.Cities,
                Parallel = settings.Parallel,
                Wall = parallel.Elapsed,
                CitiesNotRun = parallel.NotRun.Count,
                SampleCities = sequential.Cities,
                SequentialWall = sequential.Elapsed,
                Memory = memory,
                EvidenceBytes = parallel.EvidenceBytes,
                FunctionsCompared = comparisons.Count,
                Matches = comparisons.Count(c => c.Matches),
                FalsePasses = comparisons.Count(c => c.FalsePass),
                FalseFails = comparisons.Count(c => c.FalseFail),
                Errors = comparisons.Count(c => c.Actual == Verdict.Error),
                Mismatches = [.. comparisons.Where(c => !c.Matches).Select(Describe)],
                Profile = ScenarioProfile.Of(parallel.Runs),
                PortalProbeLinks = probeLinks,
                LinkcheckerLinks = checkerLinks,
                LinkcheckerNote = checkerNote,
                LinkcheckerOutsideLoopback = outside,
            };

            Say("");
            foreach (var line in BenchReport.Lines(figures))
            {
                Say(line);
            }

            if (settings.Out is { } output)
            {
                await File.WriteAllTextAsync(Path.GetFullPath(output, outer.WorkingDirectory), BenchReport.Json(figures) + "\n", cancellationToken);
                Say($"figures written to {output}");
            }

            return figures.Goals().Any(g => g.Status == GoalStatus.NotMet) ? ExitCodes.Failed : ExitCodes.Ok;
        }
        finally
        {
            if (temporary)
            {
                TryDelete(root);
            }
        }
    }

    private static LinkFigures Tally(string tool, TimeSpan elapsed, HashSet<string> found, HashSet<string> truth) =>
        new(tool, elapsed, found.Count(truth.Contains), found.Count(f => !truth.Contains(f)), truth.Count);

    private static string Describe(FunctionComparison c) =>
        $"{c.CityCode} {c.Function} ({c.Scenario}): expected {c.Expected?.ToId() ?? "no scenario"}, got {c.Actual.ToId()}: {c.Reason}";

    /// <summary>The 1, 5 and 15 minute load averages from /proc/loadavg, or "unknown".</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the system's temp cleaning; the figures are already printed.
        }
    }
}
