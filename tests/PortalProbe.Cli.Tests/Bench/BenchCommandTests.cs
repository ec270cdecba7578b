using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Bench;

/// <summary>The bench with bad input says what is wrong and exits 2 before it serves or runs anything.</summary>
public sealed class BenchCommandTests
{
    private static IEnumerable<TestCaseData> BadBenches()
    {
        yield return new TestCaseData(new[] { "bench", "--cities", "0" }, "--cities 0 is outside 1..349").SetName("Bench_ZeroCities_Exits2");
        yield return new TestCaseData(new[] { "bench", "--cities", "400" }, "--cities 400 is outside 1..349").SetName("Bench_TooManyCities_Exits2");
        yield return new TestCaseData(new[] { "bench", "--cities", "10", "--parallel", "0" }, "--parallel 0 must be at least 1").SetName("Bench_ParallelZero_Exits2");
        yield return new TestCaseData(new[] { "bench", "--cities", "10", "--sample", "11" }, "--sample 11 must be between 1 and the number of cities (10)").SetName("Bench_SampleAboveCities_Exits2");
        yield return new TestCaseData(new[] { "bench", "--out", "missing/folder/figures.json" }, "--out missing/folder/figures.json: the folder").SetName("Bench_OutInMissingFolder_Exits2");
        yield return new TestCaseData(new[] { "bench", "--cities", "x" }, "Cannot parse argument 'x' for option '--cities'").SetName("Bench_CitiesNotANumber_Exits2");
    }

    [TestCaseSource(nameof(BadBenches))]
    public async Task Bench_BadInput_Exits2WithMessageBeforeAnythingRuns(string[] args, string message)
    {
        using var work = new TempDirectory();

        var result = await new CliTester(work.Path).RunAsync(args);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain(message));
        Assert.That(result.Out, Does.Not.Contain("parallel sweep"));
    }

    [Test]
    public async Task Bench_DataFolderNotEmpty_Exits2()
    {
        using var work = new TempDirectory();
        var data = work.Combine("data");
        Directory.CreateDirectory(data);
        await File.WriteAllTextAsync(Path.Combine(data, "portalprobe.db"), "an earlier data directory");

        var result = await new CliTester(work.Path).RunAsync("bench", "--cities", "1", "--data", data);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("is not empty; the benchmark measures a fresh data directory"));
    }
}
