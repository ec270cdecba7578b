using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Commands;

[NonParallelizable]
public sealed class DemoCommandTests
{
    [Test]
    public async Task Demo_FreshDataDirectory_RunsEveryCityAndSaysWhereResultsAre()
    {
        BrowserRequirement.Ensure();
        using var work = new TempDirectory();

        var result = await new CliTester(work.Path)
            .With("PORTALPROBE_TEST_PHONE", null).With("PORTALPROBE_TEST_PASSWORD", null)
            .RunAsync("demo", "--data", work.Combine("data"));

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Out, Does.Contain("Running 14 cities"));
        Assert.That(Row(result.Out, "330100 杭州市"), Does.Match(@"│ 4\s+│ 0\s+│ 0\s+│ 0\s+│"), "杭州 works");
        Assert.That(Row(result.Out, "320500 苏州市"), Does.Match(@"│ 3\s+│ 1\s+│ 0\s+│ 0\s+│ web/home:fail"), "苏州's home page is down");
        Assert.That(result.Out.Split('\n').Count(l => l.StartsWith("│ ", StringComparison.Ordinal) && char.IsAsciiDigit(l[2])), Is.EqualTo(14));
        Assert.That(result.Out, Does.Contain(":manual").And.Contain(":fail"), "the showcase shows human gates and broken functions");
        Assert.That(result.Out, Does.Contain("Dry run:").And.Contain($"Database:     {work.Combine("data", "portalprobe.db")}"));
        Assert.That(result.Out, Does.Contain($"Ground truth: {work.Combine("data", "demo-population", "ground-truth.json")}"));
        Assert.That(File.Exists(work.Combine("data", "portalprobe.db")), Is.True);
        Assert.That(Directory.GetFiles(work.Combine("data", "evidence"), "*.png", SearchOption.AllDirectories), Is.Not.Empty);
    }

    private static string Row(string output, string city) =>
        output.Split('\n').SingleOrDefault(l => l.Contains(city, StringComparison.Ordinal)) ?? $"(no row for {city})";
}
