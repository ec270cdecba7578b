using Microsoft.Extensions.Logging;
using PortalProbe.Storage.Evidence;
using Quartz;

namespace PortalProbe.Cli.Scheduling.Jobs;

/// <summary>Daily evidence retention: deletes old runs' evidence files, keeping their results and hashes.</summary>
[DisallowConcurrentExecution]
internal sealed class EvidenceRetentionJob(EvidencePruner pruner, ScheduleSettings settings, ILogger<EvidenceRetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("evidence-retention");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (settings.EvidenceRetention is not { } keep)
        {
            ScheduleLog.RetentionOff(logger);
            return;
        }

        try
        {
            await pruner.PruneAsync(keep, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ScheduleLog.JobFailed(logger, e, Key.Name);
        }
    }
}
