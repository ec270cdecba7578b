using Microsoft.Extensions.Logging;
using PortalProbe.Cities;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Output;
using PortalProbe.Cli.Sweeps;
using PortalProbe.Storage;
using PortalProbe.Storage.Sweeps;

namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// <c>serve</c>'s sweep: plans and runs the sweep of <c>serve.json</c>'s <c>sweep</c> section through the same code
/// as <c>portalprobe sweep</c> (<see cref="SweepPlanner"/>, <see cref="SweepRunner"/>), with structured log lines
/// rather than a progress bar. An unfinished sweep that asked the same thing (cut short by a kill or a stop) is
/// resumed rather than a new one started. The caller (<see cref="LeasedSweep"/>) holds the sweep lease.
/// </summary>
internal sealed partial class NightlySweepLauncher(
    CliEnvironment environment, ProbeHost probe, ScheduleSettings settings, ILogger<NightlySweepLauncher> logger) : ISweepLauncher
{
    /// <summary>serve runs unattended: no progress bar, no prompt.</summary>
    private readonly CliEnvironment _environment = environment with { Interactive = false, Input = null };

    private SqliteSweepStore Sweeps => new(probe.Data, new StorageOptions(), probe.Loggers.CreateLogger<SqliteSweepStore>());

    public async Task<DateTimeOffset?> LastSweepStartAsync(CancellationToken cancellationToken) =>
        (await Sweeps.LatestAsync(cancellationToken))?.StartedAt;

    /// <summary>The id of the unfinished sweep the next nightly sweep would resume, if any.</summary>
    public async Task<long?> UnfinishedSweepAsync(CancellationToken cancellationToken)
    {
        var plan = await SweepPlanner.CheckAsync(_environment, probe, settings.NightlySweep.ToArguments(), cancellationToken);
        return plan.Problems.Count == 0 && plan.Asked is { } asked ? (await plan.Store.FindUnfinishedAsync(asked, cancellationToken))?.Id : null;
    }

    /// <summary>Everything that would stop the nightly sweep from starting (unknown cities, missing variables ...), checked at start-up.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken cancellationToken) =>
        (await SweepPlanner.CheckAsync(_environment, probe, settings.NightlySweep.ToArguments(), cancellationToken)).Problems;

    public async Task<long> RunNightlySweepAsync(CancellationToken cancellationToken)
    {
        var plan = await SweepPlanner.CheckAsync(_environment, probe, settings.NightlySweep.ToArguments(), cancellationToken);
        if (plan.Problems.Count > 0)
        {
            throw new InvalidOperationException($"the nightly sweep cannot start: {string.Join("; ", plan.Problems)}");
        }

        plan = await SweepPlanner.RecordAsync(_environment, plan, cancellationToken);
        var described = plan.Describe();
        LogPlanned(described);
        var outcome = await SweepRunner.RunAsync(_environment, probe, Consoles.For(_environment), plan, cancellationToken);
        foreach (var r in outcome.Regressions)
        {
            LogRegression(outcome.Sweep.Id, r.CityCode, r.Channel.ToId(), r.Scenario, r.PreviousRunId, r.RunId, r.Reason);
        }

        SweepReport.Write(Consoles.For(_environment), outcome);
        return outcome.Sweep.Id;
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "{Plan}")]
    private partial void LogPlanned(string plan);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning,
        Message = "Sweep {SweepId}: regression in city {CityCode}: {Channel}/{Scenario} passed in run {PreviousRunId} and fails in run {RunId}: {Reason}")]
    private partial void LogRegression(long sweepId, string cityCode, string channel, string scenario, long previousRunId, long runId, string reason);
}
