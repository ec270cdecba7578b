using PortalProbe.Cli.Scheduling;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Scheduling;

/// <summary>The settings of <c>serve</c>: defaults when absent, and every bad setting named at once.</summary>
public sealed class ScheduleSettingsLoaderTests
{
    [Test]
    public void Load_NoDefaultFile_GivesTheDefaults()
    {
        using var work = new TempDirectory();

        var settings = ScheduleSettingsLoader.Load(work.Combine("serve.json"), explicitPath: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.Sweep.ToString(), Is.EqualTo("0 0 1 * * ? (Asia/Shanghai)"));
            Assert.That(settings.Progress.Text, Is.EqualTo(ScheduleDefaults.ProgressCron));
            Assert.That(settings.Retention.Text, Is.EqualTo(ScheduleDefaults.RetentionCron));
            Assert.That(settings.EvidenceRetention, Is.EqualTo(TimeSpan.FromDays(90)));
            Assert.That((settings.LeaseDuration, settings.RenewEvery), Is.EqualTo((TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10) / 3)));
        }
    }

    [Test]
    public void Load_TheRepositorysServeJson_IsValidAndSaysTheDefaults()
    {
        var settings = ScheduleSettingsLoader.Load(Path.Combine(RepoPaths.Root, "serve.json"), explicitPath: true);

        Assert.That(
            (settings.Sweep.Text, settings.Progress.Text, settings.Retention.Text, settings.Sweep.TimeZone.Id, settings.EvidenceDays),
            Is.EqualTo((ScheduleDefaults.SweepCron, ScheduleDefaults.ProgressCron, ScheduleDefaults.RetentionCron, ScheduleDefaults.TimeZone, ScheduleDefaults.EvidenceDays)));
    }

    [Test]
    public void Load_SettingsGiven_OverrideTheDefaults()
    {
        using var work = new TempDirectory();
        var path = work.Write("serve.json", """
            { "schedule": { "sweepCron": "0 30 2 ? * MON-FRI", "timeZone": "UTC" }, "retention": { "evidenceDays": 0 } }
            """);

        var settings = ScheduleSettingsLoader.Load(path, explicitPath: true);

        Assert.That((settings.Sweep.ToString(), settings.EvidenceRetention), Is.EqualTo(("0 30 2 ? * MON-FRI (UTC)", (TimeSpan?)null)));
    }

    [Test]
    public void Load_BadSettings_NamesEveryOneWithItsFile()
    {
        using var work = new TempDirectory();
        var path = work.Write("serve.json", """
            {
              "schedule": { "sweepCron": "0 0 25 * * ?", "progressCron": "every morning", "timeZone": "Mars/Olympus", "leaseMinutes": 0 },
              "retention": { "evidenceDays": "-3" }
            }
            """);

        var error = Assert.Throws<ScheduleSettingsException>(() => ScheduleSettingsLoader.Load(path, explicitPath: true))!;

        Assert.That(error.Errors, Has.Count.EqualTo(5));
        Assert.That(error.Errors, Has.All.StartWith(path + ": "));
        Assert.That(error.Errors, Has.Some.Contains("schedule.sweepCron: '0 0 25 * * ?' is not a Quartz cron expression"));
        Assert.That(error.Errors, Has.Some.Contains("schedule.progressCron: 'every morning'"));
        Assert.That(error.Errors, Has.Some.Contains("schedule.timeZone: 'Mars/Olympus' is not a time zone"));
        Assert.That(error.Errors, Has.Some.Contains("schedule.leaseMinutes: '0'"));
        Assert.That(error.Errors, Has.Some.Contains("retention.evidenceDays: '-3'"));
    }

    [Test]
    public void Load_NamedFileMissing_SaysSo()
    {
        using var work = new TempDirectory();

        var error = Assert.Throws<ScheduleSettingsException>(() => ScheduleSettingsLoader.Load(work.Combine("nope.json"), explicitPath: true))!;

        Assert.That(error.Message, Does.Contain("nope.json").And.Contain("does not exist"));
    }

    [Test]
    public void Load_NotJson_SaysSo()
    {
        using var work = new TempDirectory();
        var path = work.Write("serve.json", "schedule: { sweepCron: ");

        var error = Assert.Throws<ScheduleSettingsException>(() => ScheduleSettingsLoader.Load(path, explicitPath: true))!;

        Assert.That(error.Message, Does.Contain("not a JSON settings file"));
    }
}
