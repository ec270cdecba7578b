using PortalProbe.Cli.Tests.Support;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Commands;

/// <summary>Bad input gets a clear message and exit code 2 before anything starts.</summary>
public sealed class UsageErrorTests
{
    private static IEnumerable<TestCaseData> BadCommandLines()
    {
        yield return new TestCaseData(new[] { "run" }, "--city").SetName("Run_WithoutCity_Exits2");
        yield return new TestCaseData(new[] { "run", "--city", "hz" }, "not a six-digit").SetName("Run_CityNotSixDigits_Exits2");
        yield return new TestCaseData(new[] { "run", "--city", "330100", "--channel", "sms" }, "not one of wechat, app, web").SetName("Run_UnknownChannel_Exits2");
        yield return new TestCaseData(new[] { "run", "--city", "330100", "--var", "=3" }, "is not NAME=VALUE").SetName("Run_MalformedVar_Exits2");
        yield return new TestCaseData(new[] { "run", "--city", "999999", "--var", "port=1" }, "no city script for code 999999").SetName("Run_UnknownCity_Exits2");
        yield return new TestCaseData(new[] { "run", "--city", "330100" }, "needs the run-time variable 'port': pass --var port=VALUE").SetName("Run_MissingRuntimeVariable_Exits2");
        yield return new TestCaseData(new[] { "run", "--city", "330100", "--var", "port=1", "--scenario", "nope" }, "has no scenario 'nope'").SetName("Run_UnknownScenario_Exits2");
        yield return new TestCaseData(new[] { "frobnicate" }, "frobnicate").SetName("UnknownCommand_Exits2");
    }

    [TestCaseSource(nameof(BadCommandLines))]
    public async Task Command_BadInput_Exits2WithMessage(string[] args, string message)
    {
        using var work = new TempDirectory();
        var result = await new CliTester(work.Path).WithTestAccount().RunAsync([.. args, "--data", work.Combine("data")]);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain(message));
    }

    [Test]
    public async Task Run_DataDirectoryNotWritable_Exits2NamingIt()
    {
        using var work = new TempDirectory();
        var blocker = work.Write("afile", "not a folder");
        var result = await new CliTester(work.Path).WithTestAccount()
            .RunAsync("run", "--city", "330100", "--var", "port=1", "--data", Path.Combine(blocker, "data"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("is not writable").And.Contain("afile"));
    }

    [Test]
    public async Task Results_CityNeverRun_SaysSoAndExits1()
    {
        using var work = new TempDirectory();
        var result = await new CliTester(work.Path).RunAsync("results", "--city", "330100", "--data", work.Combine("data"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Error, Does.Contain("no results for city 330100"));
    }
}
