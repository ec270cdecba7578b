using Microsoft.Extensions.Logging;
using PortalProbe.Browser.Engine;
using PortalProbe.Campaigns;
using PortalProbe.Checks;
using PortalProbe.Cli.Hosting;
using PortalProbe.Scripts;
using PortalProbe.Storage;
using PortalProbe.Storage.Sweeps;
using PortalProbe.Sweeps;

namespace PortalProbe.Cli.Sweeps;

/// <summary>
/// Checks a sweep request against the scripts, the campaign and the stored sweeps, all before anything runs,
/// then records the sweep, or finds the unfinished sweep that asked the same thing and resumes it.
/// </summary>
internal static class SweepPlanner
{
    /// <summary>Checks and records in one go (<see cref="CheckAsync"/>, then <see cref="RecordAsync"/>).</summary>
    public static async Task<SweepPlan> PlanAsync(
        CliEnvironment environment, ProbeHost host, SweepArguments arguments, CancellationToken cancellationToken)
    {
        var plan = await CheckAsync(environment, host, arguments, cancellationToken);
        return plan.Problems.Count > 0 ? plan : await RecordAsync(environment, plan, cancellationToken);
    }

    /// <summary>
    /// Checks the request and writes nothing: the plan holds the sweep named by <c>--resume</c>, or no sweep yet. A
    /// caller that must first make sure no other sweep runs (the sweep lease) records it afterwards with
    /// <see cref="RecordAsync"/>.
    /// </summary>
    public static async Task<SweepPlan> CheckAsync(
        CliEnvironment environment, ProbeHost host, SweepArguments arguments, CancellationToken cancellationToken)
    {
        var store = new SqliteSweepStore(host.Data, new StorageOptions(), host.Loggers.CreateLogger<SqliteSweepStore>());
        var problems = new List<string>();
        Sweep? resumed = null;
        SweepRequest request;
        Campaign? campaign = null;
        if (arguments.Resume is { } id)
        {
            resumed = await store.FindAsync(id, cancellationToken);
            if (resumed is null || resumed.IsFinished)
            {
                return SweepPlan.Refused(store, [resumed is null ? $"--resume {id}: there is no sweep {id}" : $"--resume {id}: sweep {id} finished at {resumed.FinishedAt:u}; there is nothing to resume"]);
            }

            request = resumed.Request;
            if (request.CampaignId is { } campaignId)
            {
                campaign = await host.Campaigns.FindOpenAsync(cancellationToken);
                if (campaign?.Id != campaignId)
                {
                    return SweepPlan.Refused(store, [$"--resume {id}: sweep {id} is live in a campaign that is no longer open; live actions happen only inside their open campaign"]);
                }
            }
        }
        else
        {
            if (arguments.Live)
            {
                campaign = await host.Campaigns.FindOpenAsync(cancellationToken);
                if (campaign is null)
                {
                    return SweepPlan.Refused(store, ["--live needs an open evaluation campaign: start one with 'portalprobe campaign start NAME'"]);
                }
            }

            var folder = Path.GetFullPath(ProjectPaths.ChecksFolder(environment, arguments.Checks), environment.WorkingDirectory);
            var codes = arguments.Cities ?? [.. ScriptLibrary.Load(folder, environment.Variables).Cities.Select(c => c.City.Code)];
            if (codes.Count == 0)
            {
                problems.Add($"{folder}: there are no city scripts to sweep");
            }

            request = new SweepRequest(
                codes, folder, arguments.Vars, campaign is null ? RunRequest.DryRun : RunRequest.Live, campaign?.Id,
                arguments.Parallel ?? SweepParallelism.Default());
        }

        var library = ScriptLibrary.Load(request.ChecksFolder, environment.Variables);
        if (arguments.All)
        {
            // Sweeping everything: a broken script anywhere must be fixed first, as 'run' would refuse it.
            problems.AddRange(library.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        }

        var runRequest = new RunRequest(request.Vars, LiveCampaign: campaign);
        var scripts = new Dictionary<string, CheckScript>(StringComparer.Ordinal);
        foreach (var code in request.Cities)
        {
            var found = library.FindCity(code);
            if (found.Value is null || found.HasErrors)
            {
                var citiesFolder = Path.Combine(library.Root, "cities");
                problems.AddRange(found.Value is null && found.Diagnostics.All(d => d.Location.File == citiesFolder)
                    ? [$"--cities: unknown city {code}: no city script for it in {citiesFolder}"]
                    : found.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
                continue;
            }

            scripts[code] = found.Value;
            problems.AddRange(RunPreflight.Check(found.Value, runRequest, environment.Variables).UsageErrors);
        }

        var (services, dataErrors) = CheckServicesLoader.Load(environment, request.ChecksFolder);
        problems.AddRange(dataErrors);
        if (problems.Count > 0)
        {
            return SweepPlan.Refused(store, [.. problems.Distinct(StringComparer.Ordinal)]);
        }

        var options = new SweepOptions(arguments.Parallel ?? request.Parallel, arguments.CityBudget);
        return new SweepPlan(resumed, resumed is not null, store, scripts, runRequest, services, options, []) { Asked = request };
    }

    /// <summary>
    /// Records a checked plan's sweep: the sweep named by <c>--resume</c>, else the newest unfinished sweep that asked
    /// the same thing (resumed), else a new sweep with every city pending.
    /// </summary>
    public static async Task<SweepPlan> RecordAsync(CliEnvironment environment, SweepPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Problems.Count > 0 || plan.Asked is not { } request)
        {
            throw new InvalidOperationException("only a checked plan without problems is recorded");
        }

        var resumed = plan.Sweep is { } named
            ? await plan.Store.FindAsync(named.Id, cancellationToken)
            : await plan.Store.FindUnfinishedAsync(request, cancellationToken);
        var sweep = resumed ?? await plan.Store.CreateAsync(request with { Parallel = plan.Options!.Parallel }, environment.Time.GetUtcNow(), cancellationToken);
        return plan with { Sweep = sweep, Resumed = resumed is not null };
    }
}
