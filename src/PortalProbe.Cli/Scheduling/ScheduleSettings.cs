namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// What <c>portalprobe serve</c> runs and when: the cron expressions (Quartz syntax, seconds first) of the nightly
/// sweep, the progress lookups of open campaign tickets and evidence retention, all in one time zone.
/// </summary>
/// <param name="EvidenceDays">How many days of runs keep their evidence files; 0 keeps them forever.</param>
/// <param name="LeaseDuration">How long a sweep's lease lasts between renewals.</param>
internal sealed record ScheduleSettings(
    CronSchedule Sweep,
    CronSchedule Progress,
    CronSchedule Retention,
    int EvidenceDays,
    TimeSpan LeaseDuration)
{
    /// <summary>The sweep renews its lease three times per duration, so one late renewal never loses it.</summary>
    public TimeSpan RenewEvery => LeaseDuration / 3;

    /// <summary>What the nightly sweep runs (section <c>sweep</c>); the progress lookups use its checks and variables.</summary>
    public NightlySweepSettings NightlySweep { get; init; } = NightlySweepSettings.Default;

    /// <summary>The retention window, or null when evidence is kept forever.</summary>
    public TimeSpan? EvidenceRetention => EvidenceDays > 0 ? TimeSpan.FromDays(EvidenceDays) : null;
}
