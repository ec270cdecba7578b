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
/// budget. Each city is marked running before it starts and done (with its run) after its run completed, so a
/// sweep killed at any moment is resumed by running this again on the same sweep.
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
        var todo = cities.Where(c => c.State != SweepCityState.Done).ToList();
        var progress = new SweepProgress(cities.Count, cities.Count - todo.Count, time);
        SweepLog.Started(logger, sweep.Id, cities.Count, progress.Done, options.Parallel, request.Mode);
        OnProgress?.Invoke(progress);

        var queue = new HostQueue<CheckScript>(todo.Select(c => (scripts[c.CityCode], PortalHosts.Of(scripts[c.CityCode], request.Vars))));
        var notRun = new List<string>();
        var cityRequest = request with { TimeBudget = options.CityBudget };
        int launches;
        await using (var browser = new RecyclingBrowser(launchBrowser, options.CitiesPerBrowser))
        {
            var workers = Enumerable.Range(0, Math.Min(options.Parallel, Math.Max(1, todo.Count)))
                .Select(_ => Task.Run(() => WorkAsync(sweep, queue, browser, cityRequest, progress, notRun, cancellationToken), cancellationToken));
            await Task.WhenAll(workers);
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

    private async Task WorkAsync(
        Sweep sweep, HostQueue<CheckScript> queue, RecyclingBrowser browser, RunRequest request, SweepProgress progress,
        List<string> notRun, CancellationToken cancellationToken)
    {
        while (await queue.TakeAsync(cancellationToken) is var (script, hosts))
        {
            try
            {
                var run = await RunCityAsync(sweep, script, browser, request, cancellationToken);
                var failing = run.Scenarios.Count(s => s.Verdict is Verdict.Fail or Verdict.Error);
                var (done, failingCities, eta) = progress.CityFinished(failing > 0);
                var etaText = SweepProgress.Format(eta);
                SweepLog.CityDone(logger, sweep.Id, script.City.Code, run.RunId, failing, done, progress.Total, failingCities, etaText);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // One city's crash (Chromium gone mid-run, a storage hiccup) must not stop the night.
                SweepLog.CityCrashed(logger, e, sweep.Id, script.City.Code);
                lock (notRun)
                {
                    notRun.Add(script.City.Code);
                }

                progress.CityFinished(failing: true);
            }
            finally
            {
                queue.Release(hosts);
            }

            OnProgress?.Invoke(progress);
        }
    }

    private async Task<CityRunResult> RunCityAsync(
        Sweep sweep, CheckScript script, RecyclingBrowser browser, RunRequest request, CancellationToken cancellationToken)
    {
        await sweeps.MarkRunningAsync(sweep.Id, script.City.Code, time.GetUtcNow(), cancellationToken);
        await using var lease = await browser.AcquireAsync(cancellationToken);
        var run = await createRunner(_ => Task.FromResult(lease.Session)).RunAsync(script, request, cancellationToken);
        await sweeps.MarkDoneAsync(sweep.Id, script.City.Code, run.RunId, time.GetUtcNow(), cancellationToken);
        return run;
    }
}
