using PortalProbe.Cli.Report;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Report;

/// <summary>Bad input to <c>portalprobe report</c>: a clear message, a non-zero exit, and nothing half-written.</summary>
public sealed class ReportCommandTests
{
    private static readonly byte[] NotReallyAPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    [Test]
    public async Task Report_NothingStored_Exits1AndWritesNothing()
    {
        using var work = new TempDirectory();

        var result = await Report(work, work.Combine("report"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Error, Does.Contain("no stored runs in").And.Contain("portalprobe.db"));
        Assert.That(Directory.Exists(work.Combine("report")), Is.False);
        Assert.That(LeftOvers(work.Path), Is.Empty);
    }

    [Test]
    public async Task Report_UnknownSweep_Exits2AndWritesNothing()
    {
        using var work = new TempDirectory();
        await StoredResults.StoreAsync(work.Combine("data"), NotReallyAPng, DateTimeOffset.UnixEpoch);

        var result = await Report(work, work.Combine("report"), "--sweep", "42");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("sweep 42 does not exist"));
        Assert.That(Directory.Exists(work.Combine("report")), Is.False);
    }

    [Test]
    public async Task Report_OutIsAFileOrUnderOne_Exits2AndLeavesNothing()
    {
        using var work = new TempDirectory();
        await StoredResults.StoreAsync(work.Combine("data"), NotReallyAPng, DateTimeOffset.UnixEpoch);
        var file = work.Write("notes.txt", "keep me");

        var onFile = await Report(work, file);
        var underFile = await Report(work, Path.Combine(file, "report"));

        Assert.That(onFile.ExitCode, Is.EqualTo(2), onFile.ToString());
        Assert.That(onFile.Error, Does.Contain("it is a file, not a folder"));
        Assert.That(underFile.ExitCode, Is.EqualTo(2), underFile.ToString());
        Assert.That(underFile.Error, Does.Contain("cannot write the report to"));
        Assert.That(await File.ReadAllTextAsync(file), Is.EqualTo("keep me"));
        Assert.That(LeftOvers(work.Path), Is.Empty);
    }

    [Test]
    public async Task Report_FolderHoldsOtherFiles_Exits2AndLeavesThemAlone()
    {
        using var work = new TempDirectory();
        await StoredResults.StoreAsync(work.Combine("data"), NotReallyAPng, DateTimeOffset.UnixEpoch);
        work.Write("mine/thesis.docx", "years of work");

        var result = await Report(work, work.Combine("mine"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("is not empty and holds no earlier PortalProbe report"));
        Assert.That(Directory.GetFiles(work.Combine("mine")), Is.EqualTo(new[] { work.Combine("mine", "thesis.docx") }));
    }

    [Test]
    public async Task Report_OverAnEarlierReport_ReplacesItWhole()
    {
        using var work = new TempDirectory();
        await StoredResults.StoreAsync(work.Combine("data"), NotReallyAPng, DateTimeOffset.UnixEpoch);
        var first = await Report(work, work.Combine("report"));
        work.Write("report/stale.html", "from an older report");

        var second = await Report(work, work.Combine("report"));

        Assert.That(first.ExitCode, Is.EqualTo(0), first.ToString());
        Assert.That(second.ExitCode, Is.EqualTo(0), second.ToString());
        Assert.That(File.Exists(work.Combine("report", "stale.html")), Is.False, "the new report replaces the old folder, not merges into it");
        Assert.That(File.Exists(work.Combine("report", "cities", StoredResults.Shenzhen + ".html")), Is.True);
        Assert.That(Directory.GetFiles(work.Combine("report", "evidence")), Has.Length.EqualTo(4), "the screenshot and the three JSON items, copied");
        Assert.That(LeftOvers(work.Path), Is.Empty);
    }

    [Test]
    public void WriteAsync_BuildFailsHalfway_LeavesNeitherTargetNorTemporaryFolder()
    {
        using var work = new TempDirectory();

        var failure = Assert.ThrowsAsync<ReportException>(() => ReportFolder.WriteAsync(
            work.Combine("report"),
            async (folder, token) =>
            {
                await File.WriteAllTextAsync(Path.Combine(folder, "index.html"), "<p>half</p>", token);
                throw new IOException("disk full");
            },
            CancellationToken.None));

        Assert.That(failure!.Message, Does.Contain("disk full"));
        Assert.That(failure.ExitCode, Is.EqualTo(2));
        Assert.That(Directory.Exists(work.Combine("report")), Is.False);
        Assert.That(LeftOvers(work.Path), Is.Empty);
    }

    private static Task<CliResult> Report(TempDirectory work, string output, params string[] more) =>
        new CliTester(work.Path).RunAsync(["report", "--out", output, "--data", work.Combine("data"), .. more]);

    /// <summary>Hidden temporary or replaced folders a report write left next to its target.</summary>
    private static string[] LeftOvers(string folder) =>
        [.. Directory.GetDirectories(folder).Select(Path.GetFileName).Where(n => n!.StartsWith('.')).Select(n => n!)];
}
