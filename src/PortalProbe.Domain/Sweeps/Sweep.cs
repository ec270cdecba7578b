namespace PortalProbe.Sweeps;

/// <summary>A recorded sweep; unfinished while <see cref="FinishedAt"/> is null.</summary>
public sealed record Sweep(long Id, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, SweepRequest Request)
{
    public bool IsFinished => FinishedAt is not null;
}
