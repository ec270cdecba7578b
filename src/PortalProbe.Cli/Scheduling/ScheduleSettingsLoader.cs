using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// Reads the settings of <c>serve</c> from a JSON file (<c>serve.json</c> of the checkout unless <c>--settings</c>
/// names another); a setting left out keeps its default. Every bad setting is reported at once, by its name.
/// </summary>
internal static class ScheduleSettingsLoader
{
    public const string SweepCronKey = "schedule.sweepCron";
    public const string ProgressCronKey = "schedule.progressCron";
    public const string RetentionCronKey = "schedule.retentionCron";
    public const string TimeZoneKey = "schedule.timeZone";
    public const string LeaseMinutesKey = "schedule.leaseMinutes";
    public const string EvidenceDaysKey = "retention.evidenceDays";

    /// <summary>Loads and validates the file; a missing default file means every default.</summary>
    /// <param name="path">The file; <paramref name="explicitPath"/> says whether the user named it (then it must exist).</param>
    /// <exception cref="ScheduleSettingsException">The file cannot be read, or a setting is wrong.</exception>
    public static ScheduleSettings Load(string path, bool explicitPath)
    {
        if (explicitPath && !File.Exists(path))
        {
            throw new ScheduleSettingsException($"the settings file '{path}' does not exist");
        }

        IConfiguration configuration;
        try
        {
            configuration = new ConfigurationBuilder().AddJsonFile(path, optional: true, reloadOnChange: false).Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException)
        {
            throw new ScheduleSettingsException($"{path}: not a JSON settings file: {e.InnerException?.Message ?? e.Message}", e);
        }

        return Read(configuration, path);
    }

    /// <summary>Validates settings already read; keys are the dotted names above.</summary>
    public static ScheduleSettings Read(IConfiguration configuration, string source)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var errors = new List<string>();
        var zoneId = Value(configuration, TimeZoneKey) ?? ScheduleDefaults.TimeZone;
        TimeZoneInfo? zone = null;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            errors.Add($"{source}: {TimeZoneKey}: '{zoneId}' is not a time zone this machine knows (use an IANA name such as Asia/Shanghai)");
        }

        var sweep = Cron(configuration, SweepCronKey, ScheduleDefaults.SweepCron, zone, source, errors);
        var progress = Cron(configuration, ProgressCronKey, ScheduleDefaults.ProgressCron, zone, source, errors);
        var retention = Cron(configuration, RetentionCronKey, ScheduleDefaults.RetentionCron, zone, source, errors);
        var evidenceDays = Whole(configuration, EvidenceDaysKey, ScheduleDefaults.EvidenceDays, 0, "0 keeps evidence forever", source, errors);
        var leaseMinutes = Whole(configuration, LeaseMinutesKey, ScheduleDefaults.LeaseMinutes, 1, "how long a crashed sweep may block the next one", source, errors);
        var nightly = NightlySweepSettingsReader.Read(configuration, source, errors);

        if (errors.Count > 0)
        {
            throw new ScheduleSettingsException(errors);
        }

        return new ScheduleSettings(sweep!, progress!, retention!, evidenceDays, TimeSpan.FromMinutes(leaseMinutes)) { NightlySweep = nightly };
    }

    private static CronSchedule? Cron(
        IConfiguration configuration, string key, string fallback, TimeZoneInfo? zone, string source, List<string> errors)
    {
        var text = Value(configuration, key) ?? fallback;
        try
        {
            return CronSchedule.Parse(text, zone ?? TimeZoneInfo.Utc);
        }
        catch (FormatException e)
        {
            errors.Add($"{source}: {key}: '{text}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. '{fallback}'): {e.Message}");
            return null;
        }
    }

    private static int Whole(
        IConfiguration configuration, string key, int fallback, int minimum, string rule, string source, List<string> errors)
    {
        var text = Value(configuration, key);
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        errors.Add($"{source}: {key}: '{text}' is not a whole number of at least {minimum} ({rule})");
        return fallback;
    }

    private static string? Value(IConfiguration configuration, string dottedKey) =>
        configuration[dottedKey.Replace('.', ':')] is { Length: > 0 } value ? value : null;
}
