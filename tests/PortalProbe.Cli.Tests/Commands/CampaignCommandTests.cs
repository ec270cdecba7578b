using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Commands;

/// <summary>Campaign bookkeeping through the CLI, without a browser: start, list, close and their mistakes.</summary>
public sealed class CampaignCommandTests
{
    [Test]
    public async Task Start_ThenStartAnother_RefusesTheSecondWhileTheFirstIsOpen()
    {
        using var work = new TempDirectory();
        var cli = new CliTester(work.Path);
        var data = work.Combine("data");

        var first = await cli.RunAsync("campaign", "start", "2026-spring", "--data", data);
        var second = await cli.RunAsync("campaign", "start", "2026-autumn", "--data", data);
        var list = await cli.RunAsync("campaign", "list", "--data", data);

        Assert.That(first.ExitCode, Is.EqualTo(0), first.ToString());
        Assert.That(first.Out, Does.StartWith("campaign '2026-spring' (id 1) opened at "));
        Assert.That(second.ExitCode, Is.EqualTo(2), second.ToString());
        Assert.That(second.Error, Does.Contain("2026-spring"));
        Assert.That(list.Out, Does.Contain("2026-spring").And.Contain("open").And.Not.Contain("2026-autumn"));
    }

    [Test]
    public async Task RunLive_WithoutAnOpenCampaign_Exits2BeforeAnythingRuns()
    {
        using var work = new TempDirectory();
        var result = await new CliTester(work.Path).With("PORTALPROBE_TEST_PHONE", "13800138000").With("PORTALPROBE_TEST_PASSWORD", "x-password")
            .RunAsync("run", "--city", "330100", "--var", "port=1", "--live", "--data", work.Combine("data"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("--live needs an open evaluation campaign"));
    }

    [Test]
    public async Task Resolve_ActionThatNeverStarted_Exits2WithAClearMessage()
    {
        using var work = new TempDirectory();
        var cli = new CliTester(work.Path);
        var data = work.Combine("data");
        await cli.RunAsync("campaign", "start", "c1", "--data", data);

        var result = await cli.RunAsync(
            "campaign", "resolve", "c1", "--city", "330100", "--channel", "web", "--action", "submission",
            "--outcome", "done", "--reason", "checked by phone", "--data", data);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.StartWith("portalprobe: cannot resolve campaign 1, city 330100, web, submission"));
    }

    [Test]
    public async Task Close_UnknownCampaign_Exits2NamingIt()
    {
        using var work = new TempDirectory();
        var result = await new CliTester(work.Path).RunAsync("campaign", "close", "nope", "--data", work.Combine("data"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("nope"));
    }
}
