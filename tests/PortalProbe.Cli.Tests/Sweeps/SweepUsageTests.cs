using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Storage;
using PortalProbe.Storage.Sweeps;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Sweeps;

/// <summary>A sweep with bad input says what is wrong and exits 2 before anything starts: no sweep is recorded.</summary>
public sealed class SweepUsageTests
{
    private static IEnumerable<TestCaseData> BadSweeps()
    {
        yield return new TestCaseData(new[] { "sweep", "--cities", "330100,999999", "--var", "port=1" }, "--cities: unknown city 999999").SetName("Sweep_UnknownCity_Exits2");
        yield return new TestCaseData(new[] { "sweep", "--cities", "330100", "--var", "port=1", "--parallel", "0" }, "--parallel 0 must be at least 1").SetName("Sweep_ParallelZero_Exits2");
        yield return new TestCaseData(new[] { "sweep", "--cities", "330100", "--var", "port=1", "--live" }, "--live needs an open evaluation campaign").SetName("Sweep_LiveOutsideCampaign_Exits2");
        yield return new TestCaseData(new[] { "sweep", "--var", "port=1" }, "--cities CODE,CODE... or --all").SetName("Sweep_NoCities_Exits2");
        yield return new TestCaseData(new[] { "sweep", "--cities", "330100", "--all" }, "exclude each other").SetName("Sweep_CitiesAndAll_Exits2");
        yield return new TestCaseData(new[] { "sweep", "--cities", "330100" }, "needs the run-time variable 'port'").SetName("Sweep_MissingRuntimeVariable_Exits2");
        yield return new TestCaseData(new[] { "sweep", "--resume", "42" }, "there is no sweep 42").SetName("Sweep_ResumeUnknownSweep_Exits2");
        yield return new TestCaseData(new[] { "sweep", "--resume", "1", "--cities", "330100" }, "--resume ID continues the sweep with its own cities").SetName("Sweep_ResumeWithCities_Exits2");
    }

    [TestCaseSource(nameof(BadSweeps))]
    public async Task Sweep_BadInput_Exits2WithMessageAndRecordsNothing(string[] args, string message)
    {
        using var work = new TempDirectory();
        var data = work.Combine("data");
        var result = await new CliTester(work.Path).WithTestAccount().RunAsync([.. args, "--data", data]);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain(message));
        Assert.That(result.Out, Does.Not.Contain("Starting sweep"));
        if (File.Exists(Path.Combine(data, "portalprobe.db")))
        {
            var store = new SqliteSweepStore(DataDirectory.Resolve(data, _ => null, work.Path), new StorageOptions(), NullLogger<SqliteSweepStore>.Instance);
            Assert.That(await store.FindAsync(1, CancellationToken.None), Is.Null, "a refused sweep must not be recorded");
        }
    }

    [Test]
    public async Task Sweep_DataDirectoryNotWritable_Exits2NamingIt()
    {
        using var work = new TempDirectory();
        var blocker = work.Write("afile", "not a folder");
        var result = await new CliTester(work.Path).WithTestAccount()
            .RunAsync("sweep", "--cities", "330100", "--var", "port=1", "--data", Path.Combine(blocker, "data"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("is not writable").And.Contain("afile"));
    }
}
