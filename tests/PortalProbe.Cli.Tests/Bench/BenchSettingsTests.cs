using PortalProbe.Cli.Bench;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Bench;

public sealed class BenchSettingsTests
{
    private static BenchSettings Settings(int cities = 30, int parallel = 4, int sample = 12, string? output = null, string? data = null) =>
        new(cities, parallel, sample, 12345, output, data, null, TimeSpan.FromMinutes(10));

    [Test]
    public void Problems_SensibleSettings_None() =>
        Assert.That(Settings().Problems(Path.GetTempPath()), Is.Empty);

    [TestCase(0, 4, 1, "--cities 0 is outside 1..349")]
    [TestCase(350, 4, 12, "--cities 350 is outside 1..349")]
    [TestCase(30, 0, 12, "--parallel 0 must be at least 1")]
    [TestCase(30, 4, 31, "--sample 31 must be between 1 and the number of cities (30)")]
    [TestCase(30, 4, 0, "--sample 0 must be between 1 and the number of cities (30)")]
    public void Problems_OutOfRange_NamesTheOption(int cities, int parallel, int sample, string expected) =>
        Assert.That(Settings(cities, parallel, sample).Problems(Path.GetTempPath()), Does.Contain(expected));

    [Test]
    public void Problems_OutInAMissingFolderAndDataNotEmpty_AreRefused()
    {
        using var work = new TempDirectory();
        File.WriteAllText(work.Combine("old.txt"), "x");

        var problems = Settings(output: "no/such/folder/figures.json", data: work.Path).Problems(work.Path).ToList();

        Assert.That(problems, Has.Some.StartsWith("--out no/such/folder/figures.json: the folder"));
        Assert.That(problems, Has.Some.EqualTo($"--data {work.Path} is not empty; the benchmark measures a fresh data directory"));
    }
}
