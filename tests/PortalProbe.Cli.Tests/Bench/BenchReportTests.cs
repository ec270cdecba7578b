using PortalProbe.Cli.Bench;

namespace PortalProbe.Cli.Tests.Bench;

public sealed class BenchReportTests
{
    private static BenchFigures Figures(int cities = 349, double wallMinutes = 18, double sequentialMinutes = 12, long memory = 2L << 30, int falseFails = 0, LinkFigures? checker = null) => new()
    {
        Date = new DateTimeOffset(2026, 11, 22, 15, 0, 0, TimeSpan.Zero),
        Command = "./portalprobe bench",
        LoadBefore = "1.00 2.00 3.00",
        LoadAfter = "4.00 5.00 6.00",
        Cores = 2,
        Cities = cities,
        Parallel = 13,
        Wall = TimeSpan.FromMinutes(wallMinutes),
        CitiesNotRun = 0,
        SampleCities = 12,
        SequentialWall = TimeSpan.FromMinutes(sequentialMinutes),
        Memory = new MemoryPeaks(300L << 20, memory - (400L << 20), memory, "PSS", 100),
        EvidenceBytes = 349L * 200 * 1024,
        FunctionsCompared = 2000,
        Matches = 2000 - falseFails,
        FalsePasses = 0,
        FalseFails = falseFails,
        Errors = 0,
        Mismatches = [],
        PortalProbeLinks = new LinkFigures("PortalProbe", TimeSpan.FromMinutes(3), 120, 0, 120),
        LinkcheckerLinks = checker,
        LinkcheckerNote = "linkchecker",
    };

    [Test]
    public void SpeedUp_SequentialAndParallelTimes_IsTheRatioOfTimesPerCity()
    {
        // 12 cities in 12 minutes sequentially (60 s a city), 349 in 18 minutes in parallel (3.09 s a city): 19.4x.
        Assert.That(Figures().SpeedUp, Is.EqualTo(60 / (18 * 60.0 / 349)).Within(1e-9));
    }

    [Test]
    public void Goals_FullRunWithinEveryLimit_AreAllMet()
    {
        var goals = Figures(checker: new LinkFigures("linkchecker", TimeSpan.FromMinutes(5), 80, 3, 120)).Goals();

        Assert.That(goals.Select(g => g.Status), Is.All.EqualTo(GoalStatus.Met), string.Join("\n", goals));
    }

    [Test]
    public void Goals_SlowHeavyRunWithAFalseFail_AreNotMetWhereTheyMiss()
    {
        var goals = Figures(wallMinutes: 25, memory: 4L << 30, falseFails: 1, checker: new LinkFigures("linkchecker", TimeSpan.FromMinutes(2), 121, 0, 121)).Goals()
            .ToDictionary(g => g.Name, g => g.Status);

        Assert.That(goals["349 cities within 20 minutes"], Is.EqualTo(GoalStatus.NotMet));
        Assert.That(goals["peak memory of everything"], Is.EqualTo(GoalStatus.NotMet));
        Assert.That(goals["false fails (transient faults)"], Is.EqualTo(GoalStatus.NotMet));
        Assert.That(goals["false passes"], Is.EqualTo(GoalStatus.Met));
        Assert.That(goals["link checking faster than linkchecker"], Is.EqualTo(GoalStatus.NotMet));
        Assert.That(goals["true broken links, no fewer than linkchecker"], Is.EqualTo(GoalStatus.NotMet));
    }

    [Test]
    public void Goals_FewerCitiesAndNoLinkchecker_AreNotMeasuredRatherThanMet()
    {
        var goals = Figures(cities: 30, wallMinutes: 3).Goals().ToDictionary(g => g.Name);

        Assert.That(goals["349 cities within 20 minutes"].Status, Is.EqualTo(GoalStatus.NotMeasured));
        Assert.That(goals["349 cities within 20 minutes"].Measured, Is.EqualTo("3 min 00 s for 30 (projected 34 min 54 s)"));
        Assert.That(goals["link checking faster than linkchecker"].Status, Is.EqualTo(GoalStatus.NotMeasured));
    }

    [Test]
    public void Lines_Figures_PrintEachFigureAndEachGoalWithItsStatus()
    {
        var text = string.Join("\n", BenchReport.Lines(Figures(falseFails: 1)));

        Assert.That(text, Does.Contain("wall time:    18 min 00 s (19.4 cities per minute)"));
        Assert.That(text, Does.Contain("peak memory:  PortalProbe 300 MiB (with the in-process simulator), Chromium 1.61 GiB (all its processes), everything 2.00 GiB (PSS, 100 samples)"));
        Assert.That(text, Does.Contain("evidence:     200 KiB per city"));
        Assert.That(text, Does.Contain("  NOT MET      false fails (transient faults) (0): 1"));
        Assert.That(text, Does.Contain("  met          false passes (0): 0"));
        Assert.That(text, Does.Contain("linkchecker: linkchecker"), "without linkchecker's figures the note says why");
    }

    [Test]
    public void Json_Figures_HoldTheGoalsAndRoundedFigures()
    {
        var json = System.Text.Json.JsonDocument.Parse(BenchReport.Json(Figures())).RootElement;

        Assert.That(json.GetProperty("cities").GetInt32(), Is.EqualTo(349));
        Assert.That(json.GetProperty("speedUp").GetDouble(), Is.EqualTo(19.39));
        Assert.That(json.GetProperty("goals").GetArrayLength(), Is.EqualTo(7));
        Assert.That(json.GetProperty("memory").GetProperty("measure").GetString(), Is.EqualTo("PSS"));
    }

    [TestCase(59.94, "59.9 s")]
    [TestCase(61, "1 min 01 s")]
    [TestCase(1260, "21 min 00 s")]
    public void Minutes_Duration_IsReadable(double seconds, string expected) =>
        Assert.That(BenchReport.Minutes(TimeSpan.FromSeconds(seconds)), Is.EqualTo(expected));

    [TestCase(512L * 1024, "512 KiB")]
    [TestCase(300L << 20, "300 MiB")]
    [TestCase(3L << 30, "3.00 GiB")]
    public void Bytes_Size_IsReadable(long bytes, string expected) => Assert.That(BenchReport.Bytes(bytes), Is.EqualTo(expected));
}
