using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Commands;

[NonParallelizable]
public sealed class DemoCommandTests
{
    [Test]
    public async Task Demo_FreshDataDirectory_RunsBothCitiesAndSaysWhereResultsAre()
    {
        BrowserRequirement.Ensure();
        using var work = new TempDirectory();

        var result = await new CliTester(work.Path)
            .With("PORTALPROBE_TEST_PHONE", null).With("PORTALPROBE_TEST_PASSWORD", null)
            .RunAsync("demo", "--data", work.Combine("data"));

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Out, Does.Contain("330100 杭州市 run 1").And.Contain("4 pass"));
        Assert.That(result.Out, Does.Contain("320500 苏州市 run 2").And.Contain("3 pass, 1 fail").And.Contain("HTTP 503"));
        Assert.That(result.Out, Does.Contain("Dry run:").And.Contain($"Database: {work.Combine("data", "portalprobe.db")}"));
        Assert.That(File.Exists(work.Combine("data", "portalprobe.db")), Is.True);
        Assert.That(Directory.GetFiles(work.Combine("data", "evidence"), "*.png", SearchOption.AllDirectories), Is.Not.Empty);
    }
}
