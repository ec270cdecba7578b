using System.Globalization;
using System.Text.Json;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Commands;

/// <summary>
/// <c>portalprobe run</c> end to end: the repository's city script in real Chromium against the simulated
/// portal on 127.10.0.1, results in a real SQLite file, evidence on disk.
/// </summary>
[NonParallelizable]
public sealed class RunCommandTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [SetUp]
    public void RequireBrowser() => BrowserRequirement.Ensure();

    [Test]
    public async Task Run_HealthyPortal_PassesEveryScenarioAndStoresEvidence()
    {
        using var work = new TempDirectory();
        await using var portal = await DemoPortalsForTests.StartHangzhouAsync();

        var result = await Cli(work).RunAsync("run", "--city", "330100", "--var", Port(portal.Port), "--data", work.Combine("data"), "--json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var scenarios = json.RootElement.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.That(json.RootElement.GetProperty("city").GetString(), Is.EqualTo("330100"));
        Assert.That(scenarios.Select(s => s.GetProperty("name").GetString()), Is.EqualTo(new[] { "home", "register", "submit", "faq" }));
        Assert.That(scenarios.Select(s => s.GetProperty("verdict").GetString()), Is.All.EqualTo("pass"));
        Assert.That(scenarios.Select(s => s.GetProperty("facts").GetProperty("mode").GetString()), Is.All.EqualTo("dry-run"));

        var register = scenarios.Single(s => s.GetProperty("name").GetString() == "register");
        Assert.That(register.GetProperty("dryRunStop").GetBoolean(), Is.True, "a dry run must say it stopped before registering");
        Assert.That(register.GetProperty("reason").GetString(), Does.StartWith("dry run:").And.Contain("获取短信验证码"));

        var screenshots = scenarios.SelectMany(s => s.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()!)).ToList();
        Assert.That(screenshots, Has.Count.EqualTo(3), "home, register-form and appeal-form screenshots");
        foreach (var path in screenshots)
        {
            Assert.That(path, Does.StartWith(work.Combine("data", "evidence")));
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.That(bytes.Take(8), Is.EqualTo(PngSignature), $"{path} is not a PNG");
            Assert.That(Path.GetFileNameWithoutExtension(path), Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))));
        }
    }

    [Test]
    public async Task Run_HomePageDown_FailsNamingTheStepAndKeepsTrace()
    {
        using var work = new TempDirectory();
        await using var portal = await DemoPortalsForTests.StartHangzhouAsync(PortalFaults.Home);

        var result = await Cli(work).RunAsync("run", "--city", "330100", "--scenario", "home", "--var", Port(portal.Port), "--data", work.Combine("data"), "--json");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var home = json.RootElement.GetProperty("scenarios")[0];
        Assert.That(home.GetProperty("verdict").GetString(), Is.EqualTo("fail"));
        Assert.That(home.GetProperty("attempts").GetInt32(), Is.EqualTo(2), "a failure is checked once more before it is recorded");
        Assert.That(
            home.GetProperty("reason").GetString(),
            Does.StartWith("step 1 of 5 '打开首页' at ").And.Contain("sim/home.yaml:5:5").And.Contain("330100-hangzhou.yaml").And.Contain("HTTP 503"));
        var evidence = home.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.That(evidence.Select(Path.GetExtension).Distinct(), Is.EquivalentTo(new[] { ".png", ".html", ".zip" }));
        using var trace = System.IO.Compression.ZipFile.OpenRead(evidence.First(e => e.EndsWith(".zip", StringComparison.Ordinal)));
        Assert.That(trace.Entries.Select(e => e.FullName), Has.Some.EndsWith(".trace"));
    }

    [Test]
    public async Task Run_ThenResults_ShowsTheStoredRunAsATable()
    {
        using var work = new TempDirectory();
        await using var portal = await DemoPortalsForTests.StartHangzhouAsync();
        var cli = Cli(work);
        var run = await cli.RunAsync("run", "--city", "330100", "--scenario", "faq", "--var", Port(portal.Port), "--data", work.Combine("data"));

        var results = await cli.RunAsync("results", "--city", "330100", "--data", work.Combine("data"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(results.ExitCode, Is.EqualTo(0), results.ToString());
        Assert.That(results.Out, Does.Contain("330100 杭州市 run 1").And.Contain("│ web     │ faq      │ selfservice │ pass"));
    }

    [Test]
    public async Task Run_ScriptBrokenAfterAGoodRun_Exits2AndKeepsEarlierResults()
    {
        using var work = new TempDirectory();
        CopyDirectory(RepoPaths.Checks, work.Combine("checks"));
        await using var portal = await DemoPortalsForTests.StartHangzhouAsync();
        var cli = Cli(work);
        var good = await cli.RunAsync("run", "--city", "330100", "--scenario", "faq", "--var", Port(portal.Port), "--data", work.Combine("data"), "--checks", work.Combine("checks"));
        var script = work.Combine("checks", "cities", "330100-hangzhou.yaml");
        await File.WriteAllTextAsync(script, (await File.ReadAllTextAsync(script)).Replace("- goto: ${entry}faq", "- gotoo: ${entry}faq", StringComparison.Ordinal));

        var broken = await cli.RunAsync("run", "--city", "330100", "--var", Port(portal.Port), "--data", work.Combine("data"), "--checks", work.Combine("checks"));
        var results = await cli.RunAsync("results", "--city", "330100", "--data", work.Combine("data"), "--json");

        Assert.That(good.ExitCode, Is.EqualTo(0), good.ToString());
        Assert.That(broken.ExitCode, Is.EqualTo(2), broken.ToString());
        Assert.That(broken.Error, Does.Contain("330100-hangzhou.yaml:").And.Contain("unknown step 'gotoo'; did you mean 'goto'?"));
        using var json = JsonDocument.Parse(results.Out);
        Assert.That(json.RootElement.GetProperty("runId").GetInt64(), Is.EqualTo(1), "the invalid script must not start a run");
        Assert.That(json.RootElement.GetProperty("scenarios")[0].GetProperty("verdict").GetString(), Is.EqualTo("pass"));
    }

    [Test]
    public async Task Run_MissingSecret_RecordsErrorWithoutStartingChromium()
    {
        using var work = new TempDirectory();
        var result = await new CliTester(work.Path)
            .With("PORTALPROBE_TEST_PHONE", null).With("PORTALPROBE_TEST_PASSWORD", null)
            .With("PORTALPROBE_CHROMIUM", "/nonexistent/chromium")
            .RunAsync("run", "--city", "330100", "--var", "port=1", "--data", work.Combine("data"), "--json");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var reasons = json.RootElement.GetProperty("scenarios").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("reason").GetString()!);
        Assert.That(reasons["register"], Does.StartWith("secrets 'PORTALPROBE_TEST_PHONE', 'PORTALPROBE_TEST_PASSWORD' are not set"));
        Assert.That(reasons["home"], Does.Contain("before starting the browser"), "no Chromium may start: its path is wrong, which would show otherwise");
    }

    [Test]
    public async Task Run_ChromiumMissing_RecordsErrorVerdictNamingThePath()
    {
        using var work = new TempDirectory();
        var result = await Cli(work).With("PORTALPROBE_CHROMIUM", "/nonexistent/chromium")
            .RunAsync("run", "--city", "330100", "--scenario", "faq", "--var", "port=1", "--data", work.Combine("data"), "--json");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Out, Does.Contain("Chromium was not found at /nonexistent/chromium"));
    }

    private static CliTester Cli(TempDirectory work) => new CliTester(work.Path).WithTestAccount();

    private static string Port(int port) => "port=" + port.ToString(CultureInfo.InvariantCulture);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
