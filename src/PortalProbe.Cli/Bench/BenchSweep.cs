using System.Globalization;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Sweeps;

namespace PortalProbe.Cli.Bench;

/// <summary>
/// Runs one dry-run sweep through the real sweep machinery (<see cref="SweepPlanner"/>, <see cref="SweepEngine"/>),
/// into a data directory of its own, and times it from planning to the last city.
/// </summary>
internal static class BenchSweep
{
    public static async Task<BenchPhase> RunAsync(
        string name, CliEnvironment environment, string dataFolder, string? configPath, string checksFolder, IReadOnlyList<string> cities,
        int port, int parallel, TimeSpan cityBudget, Action<string> say, CancellationToken cancellationToken)
    {
        await using var host = await ProbeHost.OpenAsync(environment, dataFolder, configPath, verbose: false, cancellationToken);
        var vars = new Dictionary<string, string>(StringComparer.Ordinal) { ["port"] = port.ToString(CultureInfo.InvariantCulture) };
        var arguments = new SweepArguments(cities, All: false, checksFolder, vars, parallel, Live: false, Resume: null, cityBudget);
        var started = environment.Time.GetTimestamp();
        var plan = await SweepPlanner.PlanAsync(environment, host, arguments, cancellationToken);
        if (plan.Problems.Count > 0)
        {
            throw new InvalidDataException($"the benchmark's sweep was refused: {string.Join("; ", plan.Problems)}");
        }

        var lastSaid = 0;
        var sayLock = new Lock();
        var engine = SweepRunner.Engine(environment, host, plan, progress =>
        {
            // A line every tenth of the way, not one per city: the output is meant to be pasted.
            var step = Math.Max(1, progress.Total / 10);
            lock (sayLock)
            {
                if (progress.Done < lastSaid + step && progress.Done != progress.Total)
                {
                    return;
                }

                lastSaid = progress.Done;
                say(string.Create(CultureInfo.InvariantCulture,
                    $"  {name}: {progress.Done}/{progress.Total} cities, {progress.Failing} with a fail or error, {environment.Time.GetElapsedTime(started):hh\\:mm\\:ss} elapsed"));
            }
        });
        var outcome = await engine.RunAsync(plan.Sweep!, plan.Scripts, plan.Request!, cancellationToken);
        var elapsed = environment.Time.GetElapsedTime(started);
        return new BenchPhase(name, parallel, outcome.Runs, outcome.NotRun, elapsed, FolderBytes(host.Data.EvidenceRoot));
    }

    /// <summary>Bytes of every file under the folder (the content-addressed evidence store keeps each content once).</summary>
    public static long FolderBytes(string folder) =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
}
