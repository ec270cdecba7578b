namespace PortalProbe.Cli.Scheduling;

/// <summary>The defaults of <c>portalprobe serve</c> and the names of its settings, in one place.</summary>
internal static class ScheduleDefaults
{
    /// <summary>The settings file looked for in the PortalProbe checkout when <c>--settings</c> is not given.</summary>
    public const string SettingsFileName = "serve.json";

    /// <summary>Every night at 01:00, when government portals are quiet.</summary>
    public const string SweepCron = "0 0 1 * * ?";

    /// <summary>Every morning at 09:00, when offices have worked on yesterday's tickets.</summary>
    public const string ProgressCron = "0 0 9 * * ?";

    /// <summary>Every morning at 05:30, after the sweep.</summary>
    public const string RetentionCron = "0 30 5 * * ?";

    public const string TimeZone = "Asia/Shanghai";

    public const int EvidenceDays = 90;

    /// <summary>How long a sweep's lease lasts without renewal: how long a crashed sweep blocks the next one at most.</summary>
    public const int LeaseMinutes = 10;

    /// <summary>The name of the lease every sweep takes, whichever process starts it.</summary>
    public const string SweepLease = "sweep";
}
