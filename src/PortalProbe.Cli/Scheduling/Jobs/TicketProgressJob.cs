using Microsoft.Extensions.Logging;
using Quartz;

namespace PortalProbe.Cli.Scheduling.Jobs;

/// <summary>The daily progress lookups of the open campaign's tickets, as a Quartz job of its own.</summary>
[DisallowConcurrentExecution]
internal sealed class TicketProgressJob(ITicketProgressLookups lookups, ILogger<TicketProgressJob> logger) : IJob
{
    public static readonly JobKey Key = new("ticket-progress");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await lookups.LookUpOpenTicketsAsync(cancellationToken);
            ScheduleLog.ProgressLookedUp(logger, count);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ScheduleLog.JobFailed(logger, e, Key.Name);
        }
    }
}
