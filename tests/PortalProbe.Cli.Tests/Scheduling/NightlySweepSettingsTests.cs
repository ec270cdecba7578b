using PortalProbe.Cli.Scheduling;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Scheduling;

/// <summary>The <c>sweep</c> section of <c>serve.json</c>: what the nightly sweep runs, every mistake named by file and key.</summary>
public sealed class NightlySweepSettingsTests
{
    [Test]
    public void Load_NoSweepSection_SweepsEveryCityOfTheCheckoutAsADryRun()
    {
        using var work = new TempDirectory();

        var sweep = ScheduleSettingsLoader.Load(work.Combine("serve.json"), explicitPath: false).NightlySweep;

        Assert.That((sweep.Checks, sweep.Cities, sweep.Vars.Count, sweep.Parallel, sweep.CityBudget, sweep.Live), Is.EqualTo(((string?)null, (IReadOnlyList<string>?)null, 0, (int?)null, TimeSpan.FromMinutes(10), false)));
        Assert.That(sweep.ToArguments().All, Is.True);
    }

    [Test]
    public void Load_SweepSectionGiven_IsTheSweepCommandLine()
    {
        using var work = new TempDirectory();
        Directory.CreateDirectory(work.Combine("mychecks", "cities"));
        var path = work.Write("serve.json", """
            { "sweep": { "checks": "mychecks", "cities": ["330100", "320500"], "vars": { "port": "8080" }, "parallel": 3, "cityBudgetSeconds": 120, "live": true } }
            """);

        var arguments = ScheduleSettingsLoader.Load(path, explicitPath: true).NightlySweep.ToArguments();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(arguments.Checks, Is.EqualTo(work.Combine("mychecks")), "a relative folder is read from the settings file's folder");
            Assert.That(arguments.Cities, Is.EqualTo(new[] { "330100", "320500" }));
            Assert.That(arguments.All, Is.False);
            Assert.That(arguments.Vars, Is.EqualTo(new Dictionary<string, string> { ["port"] = "8080" }));
            Assert.That((arguments.Parallel, arguments.CityBudget, arguments.Live), Is.EqualTo(((int?)3, TimeSpan.FromSeconds(120), true)));
            Assert.That(arguments.Problems(), Is.Empty);
        }
    }

    [Test]
    public void Load_BadSweepSection_NamesEveryKeyWithItsFile()
    {
        using var work = new TempDirectory();
        var path = work.Write("serve.json", """
            { "sweep": { "checks": "nowhere", "cities": ["33010", "330100", "330100"], "parallel": 0, "cityBudgetSeconds": "soon", "live": "yes" } }
            """);

        var error = Assert.Throws<ScheduleSettingsException>(() => ScheduleSettingsLoader.Load(path, explicitPath: true))!;

        Assert.That(error.Errors, Has.All.StartWith(path + ": "));
        Assert.That(error.Errors, Has.Some.Contains("sweep.checks: 'nowhere' is not a checks folder"));
        Assert.That(error.Errors, Has.Some.Contains("sweep.cities: '33010' is not a six-digit administrative code"));
        Assert.That(error.Errors, Has.Some.Contains("sweep.cities: a city is named more than once"));
        Assert.That(error.Errors, Has.Some.Contains("sweep.parallel: '0'"));
        Assert.That(error.Errors, Has.Some.Contains("sweep.cityBudgetSeconds: 'soon'"));
        Assert.That(error.Errors, Has.Some.Contains("sweep.live: 'yes' is not true or false"));
        Assert.That(error.Errors, Has.Count.EqualTo(6));
    }

    [Test]
    public void Load_CitiesNeitherAllNorAList_SaysWhatItMayBe()
    {
        using var work = new TempDirectory();
        var path = work.Write("serve.json", """{ "sweep": { "cities": "330100" } }""");

        var error = Assert.Throws<ScheduleSettingsException>(() => ScheduleSettingsLoader.Load(path, explicitPath: true))!;

        Assert.That(error.Message, Does.Contain("sweep.cities: '330100' is neither \"all\" nor a list"));
    }
}
