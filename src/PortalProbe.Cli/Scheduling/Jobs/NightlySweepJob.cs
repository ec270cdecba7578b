using Microsoft.Extensions.Logging;
using Quartz;

namespace PortalProbe.Cli.Scheduling.Jobs;

/// <summary>
/// The nightly sweep as a Quartz job: fired by the cron trigger, or once at start-up after a missed night. Never
/// two at once in this process (<see cref="DisallowConcurrentExecutionAttribute"/>) nor across processes (the lease).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class NightlySweepJob(LeasedSweep sweep, ILogger<NightlySweepJob> logger) : IJob
{
    public static readonly JobKey Key = new("nightly-sweep");

    /// <summary>The job data entry that says why the sweep runs; absent for the cron trigger.</summary>
    public const string ReasonKey = "reason";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reason = context.MergedJobDataMap.TryGetValue(ReasonKey, out var value) && value is string text ? text : "scheduled";
        try
        {
            await sweep.RunAsync(reason, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The scheduler keeps serving: tomorrow's sweep still runs, and the log says what went wrong tonight.
            ScheduleLog.JobFailed(logger, e, Key.Name);
        }
    }
}
