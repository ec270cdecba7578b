using Microsoft.Extensions.Logging;
using PortalProbe.Browser.Engine;
using PortalProbe.Results;
using PortalProbe.Scripts;
using PortalProbe.Storage.Results;
using PortalProbe.Sweeps;

namespace PortalProbe.Cli.Sweeps;

/// <summary>
/// Runs a recorded sweep's unfinished cities: <see cref="SweepOptions.Parallel"/> cities at once in one shared,
/// regularly replaced Chromium, never two cities on the same portal host at once, each city within its time
/// budget. Each city is marked running before it starts; after its first pass it is done (with its run), or, when a
/// scenario failed, waits in the database with its incomplete run for a re-check after every city's first pass,
/// and is done once that re-check is stored. A sweep killed at any moment is resumed by running this again on the
/// same sweep: cities cut short run again, cities waiting for re-checks run only those.
/// </summary>
internal sealed class SweepEngine(
    Func<CancellationToken, Task<BrowserSession>> launchBrowser,
    Func<Func<CancellationToken, Task<BrowserSession>>, CityRunner> createRunner,
    ISweepStore sweeps,
    SqliteResultStore results,
    SweepOptions options,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>Called after each city with the progress so far (for a live progress bar).</summary>
    public Action<SweepProgress>? OnProgress { get; init; }

    public async Task<SweepOutcome> RunAsync(
        Sweep sweep, IReadOnlyDictionary<string, CheckScript> scripts, RunRequest request, CancellationToken cancellationToken)
    {
        var cities = await sweeps.CitiesAsync(sweep.Id, cancellationToken);
        var unpassed = cities.Where(c => c.State is SweepCityState.Pending or SweepCityState.Running).ToList();
        var progress = new SweepProgress(cities.Count, cities.Count(c => c.State == SweepCityState.Done), cities.Count(c => c.State == SweepCityState.Recheck), time);
        SweepLog.Started(logger, sweep.Id, cities.Count, progress.Done, options.Parallel, request.Mode);
        OnProgress?.Invoke(progress);

        var notRun = new List<string>();
        var cityRequest = request with { TimeBudget = options.CityBudget, DeferRechecks = true };
        int launches;
        await using (var browser = new RecyclingBrowser(launchBrowser, options.CitiesPerBrowser))
        {
            await RunEachAsync(unpassed, firstPass: true, scripts, request, notRun, progress, sweep, (script, token) =>
                FirstPassAsync(sweep, script, browser, cityRequest, progress, token), cancellationToken);

            // Failed scenarios are re-checked once after every city's first pass (cities waiting from an earlier,
            // interrupted process included): a portal's transient outage has had the whole pass to end.
            var rechecks = (await sweeps.CitiesAsync(sweep.Id, cancellationToken)).Where(c => c.State == SweepCityState.Recheck).ToList();
            await RunEachAsync(rechecks, firstPass: false, scripts, request, notRun, progress, sweep, (script, token) =>
                RecheckAsync(sweep, script, rechecks.Single(c => c.CityCode == script.City.Code).RunId!.Value, browser, cityRequest, progress, token), cancellationToken);
            launches = browser.Launches;
        }

        var runs = new List<CityRunResult>();
        foreach (var city in await sweeps.CitiesAsync(sweep.Id, cancellationToken))
        {
            if (city.RunId is { } runId && await results.FindRunAsync(runId, cancellationToken) is { } run)
            {
                runs.Add(run);
            }
        }

        // A sweep with cities that could not run stays unfinished, to be resumed; regressions come at its end.
        IReadOnlyList<Regression> regressions = [];
        if (notRun.Count == 0)
        {
            regressions = await sweeps.FinishAsync(sweep.Id, time.GetUtcNow(), cancellationToken);
            SweepLog.Finished(logger, sweep.Id, regressions.Count);
        }

        return new SweepOutcome((await sweeps.FindAsync(sweep.Id, cancellationToken))!, runs, notRun, regressions, launches);
    }

    /// <summary>Works through the cities <see cref="SweepOptions.Parallel"/> at a time, never two on the same portal host.</summary>
    private async Task RunEachAsync(
        List<SweepCity> cities, bool firstPass, IReadOnlyDictionary<string, CheckScript> scripts, RunRequest request, List<string> notRun,
        SweepProgress progress, Sweep sweep, Func<CheckScript, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        if (cities.Count == 0)
        {
            return;
        }

        var queue = new HostQueue<CheckScript>(cities.Select(c => (scripts[c.CityCode], PortalHosts.Of(scripts[c.CityCode], request.Vars))));
        var workers = Enumerable.Range(0, Math.Min(options.Parallel, cities.Count))
            .Select(_ => Task.Run(() => WorkAsync(sweep, queue, firstPass, progress, notRun, work, cancellationToken), cancellationToken));
        await Task.WhenAll(workers);
    }

    private async Task WorkAsync(
        Sweep sweep, HostQueue<CheckScript> queue, bool firstPass, SweepProgress progress, List<string> notRun,
        Func<CheckScript, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        while (await queue.TakeAsync(cancellationToken) is var (script, hosts))
        {
            try
            {
                await work(script, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // One city's crash (Chromium gone mid-run, a storage hiccup) must not stop the night.
                SweepLog.CityCrashed(logger, e, sweep.Id, script.City.Code);
                lock (notRun)
                {
                    notRun.Add(script.City.Code);
                }

                progress.CityFinished(failing: true, inFirstPass: firstPass);
            }
            finally
            {
                queue.Release(hosts);
            }

            OnProgress?.Invoke(progress);
        }
    }

    /// <summary>Runs a city's scenarios once; the city is done, or waits for its re-checks with its run recorded.</summary>
    private async Task FirstPassAsync(
        Sweep sweep, CheckScript script, RecyclingBrowser browser, RunRequest request, SweepProgress progress, CancellationToken cancellationToken)
    {
        await sweeps.MarkRunningAsync(sweep.Id, script.City.Code, time.GetUtcNow(), cancellationToken);
        CityRunResult run;
        await using (var lease = await browser.AcquireAsync(cancellationToken))
        {
            run = await createRunner(_ => Task.FromResult(lease.Session)).RunAsync(script, request, cancellationToken);
        }

        if (run.Complete)
        {
            await DoneAsync(sweep, run, progress, inFirstPass: true, cancellationToken);
        }
        else
        {
            await sweeps.MarkRecheckAsync(sweep.Id, script.City.Code, run.RunId, cancellationToken);
            var failed = run.Scenarios.Count(s => s.Verdict == Verdict.Fail);
            var (firstPassed, eta) = progress.FirstPassRecorded();
            var etaText = SweepProgress.Format(eta);
            SweepLog.RecheckPending(logger, sweep.Id, script.City.Code, run.RunId, failed, firstPassed, progress.Total, etaText);
        }
    }

    /// <summary>Re-checks the failed scenarios of a city's recorded first pass, then marks the city done.</summary>
    private async Task RecheckAsync(
        Sweep sweep, CheckScript script, long runId, RecyclingBrowser browser, RunRequest request, SweepProgress progress,
        CancellationToken cancellationToken)
    {
        var firstPass = await results.FindRunAsync(runId, cancellationToken)
            ?? throw new InvalidOperationException($"run {runId} of city {script.City.Code} is gone");

        // Chromium is taken only when the re-checks start, after their delay: a waiting city holds none.
        RecyclingBrowser.Lease? lease = null;
        CityRunResult run;
        try
        {
            var runner = createRunner(async token => (lease = await browser.AcquireAsync(token)).Session);
            run = await runner.RecheckAsync(script, request, firstPass, cancellationToken);
        }
        finally
        {
            if (lease is not null)
            {
                await lease.DisposeAsync();
            }
        }

        await DoneAsync(sweep, run, progress, inFirstPass: false, cancellationToken);
    }

    private async Task DoneAsync(Sweep sweep, CityRunResult run, SweepProgress progress, bool inFirstPass, CancellationToken cancellationToken)
    {
        await sweeps.MarkDoneAsync(sweep.Id, run.City.Code, run.RunId, time.GetUtcNow(), cancellationToken);
        var failing = run.Scenarios.Count(s => s.Verdict is Verdict.Fail or Verdict.Error);
        var (done, failingCities, eta) = progress.CityFinished(failing > 0, inFirstPass);
        var etaText = SweepProgress.Format(eta);
        SweepLog.CityDone(logger, sweep.Id, run.City.Code, run.RunId, failing, done, progress.Total, failingCities, etaText);
    }
}
