using System.Globalization;
using PortalProbe.Cli.Output;
using PortalProbe.Results;
using PortalProbe.Storage.Results;
using PortalProbe.Sweeps;

namespace PortalProbe.Cli.Scores;

/// <summary>
/// A stored sweep with the runs that count for it: one per city whose sweep state is done. Cities still pending,
/// cut short or in any other state have no run here; a sweep without any is "empty".
/// </summary>
/// <param name="Cities">Every city of the sweep, in its order, whatever its state.</param>
/// <param name="Runs">The run of each done city, in the sweep's city order.</param>
internal sealed record SweepRuns(Sweep Sweep, IReadOnlyList<SweepCity> Cities, IReadOnlyList<CityRunResult> Runs)
{
    public bool IsEmpty => Runs.Count == 0;

    /// <summary>For people: "sweep 12 (2026-11-22 01:00, dry-run, 10 of 10 cities done)".</summary>
    public string Describe()
    {
        var state = Sweep.IsFinished ? "" : ", unfinished";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"sweep {Sweep.Id} ({BeijingTime.Format(Sweep.StartedAt)[..16]}, {Sweep.Request.Mode}, {Runs.Count} of {Cities.Count} cities done{state})");
    }
}

/// <summary>Reads stored sweeps and the runs that count for them, for scores and the report.</summary>
internal sealed class StoredSweeps(ISweepStore sweeps, SqliteResultStore results)
{
    /// <summary>The sweep and its done cities' runs; null when no sweep has this id.</summary>
    public async Task<SweepRuns?> FindAsync(long sweepId, CancellationToken cancellationToken)
    {
        var sweep = await sweeps.FindAsync(sweepId, cancellationToken);
        return sweep is null ? null : await RunsOfAsync(sweep, cancellationToken);
    }

    /// <summary>The finished sweeps before <paramref name="sweepId"/>, newest first, at most <paramref name="count"/>, with their runs.</summary>
    public async Task<IReadOnlyList<SweepRuns>> FinishedBeforeAsync(long sweepId, int count, CancellationToken cancellationToken)
    {
        var earlier = await sweeps.FinishedBeforeAsync(sweepId, count, cancellationToken);
        var list = new List<SweepRuns>(earlier.Count);
        foreach (var sweep in earlier)
        {
            list.Add(await RunsOfAsync(sweep, cancellationToken));
        }

        return list;
    }

    private async Task<SweepRuns> RunsOfAsync(Sweep sweep, CancellationToken cancellationToken)
    {
        var cities = await sweeps.CitiesAsync(sweep.Id, cancellationToken);
        var runs = new List<CityRunResult>();
        foreach (var city in cities.Where(c => c.State == SweepCityState.Done && c.RunId is not null))
        {
            var run = await results.FindRunAsync(city.RunId!.Value, cancellationToken)
                ?? throw new InvalidDataException($"sweep {sweep.Id} names run {city.RunId} for city {city.CityCode}, which is not stored");
            runs.Add(run);
        }

        return new SweepRuns(sweep, cities, runs);
    }
}
