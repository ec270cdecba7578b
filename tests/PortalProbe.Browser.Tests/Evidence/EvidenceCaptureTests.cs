using System.IO.Compression;
using System.Text;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Results;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Evidence;

/// <summary>The evidence files a run keeps, opened as a person would open them: PNG, HTML and trace zip.</summary>
internal sealed class EvidenceCaptureTests : BrowserEngineFixture
{
    private const string Working = "127.78.2.1";
    private const string HomeDown = "127.78.2.2";

    private const string HomeScenario = """
          - name: home
            kind: custom
            steps:
              - use: sim/home
        """;

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        new("330201", "测试丁市", Working, "DI"),
        new("330202", "测试戊市", HomeDown, "WU") { Broken = PortalFaults.Home },
    ];

    [Test]
    public async Task RunAsync_ScreenshotStep_StoresAPngOfTheViewportUnderItsHash()
    {
        var run = await RunCityAsync("330201", CityYaml.For("330201", Working, HomeScenario), Request());

        var shot = run.Scenarios.Single().Evidence.Single();
        var bytes = StoredRun.Bytes(Workspace, shot);
        var sha256 = StoredRun.Sha256Of(bytes);
        var expectedPath = Path.Combine(Workspace.Data.Root, "evidence", sha256[..2], sha256 + ".png");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(shot.Kind, Is.EqualTo(EvidenceKind.Screenshot));
            Assert.That(shot.Label, Is.EqualTo("home"));
            Assert.That(Png.HasSignature(bytes), Is.True, "PNG signature");
            Assert.That(Png.Size(bytes), Is.EqualTo((1366, 900)), "the web device's viewport at scale 1");
            Assert.That(shot.Sha256, Is.EqualTo(sha256));
            Assert.That(shot.Size, Is.EqualTo(bytes.Length));
            Assert.That(shot.RelativePath, Is.EqualTo($"evidence/{sha256[..2]}/{sha256}.png"));
            Assert.That(File.Exists(expectedPath), Is.True, expectedPath);
            Assert.That(shot.Url, Is.EqualTo($"http://{Working}:{Port}/"));
        }
    }

    [Test]
    public async Task RunAsync_WechatChannel_ScreenshotsAtTheMobileViewportAndScaleTwo()
    {
        var run = await RunCityAsync("330201", CityYaml.For("330201", Working, HomeScenario, "wechat"), Request());

        var home = run.Scenarios.Single();
        var bytes = StoredRun.Bytes(Workspace, home.Evidence.Single());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(home.Channel, Is.EqualTo(PortalProbe.Cities.ChannelKind.Wechat));
            Assert.That(home.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(home));
            Assert.That(Png.Size(bytes), Is.EqualTo((390 * 2, 844 * 2)));
        }
    }

    [Test]
    public async Task RunAsync_FailedScenario_KeepsAScreenshotTheHtmlAndATraceZip()
    {
        var run = await RunCityAsync("330202", CityYaml.For("330202", HomeDown, HomeScenario), Request());

        var first = run.Scenarios.Single().Attempts[0];
        var kinds = first.Evidence.Select(e => e.Kind).ToList();
        var html = Encoding.UTF8.GetString(StoredRun.Bytes(Workspace, first.Evidence.Single(e => e.Kind == EvidenceKind.Html)));
        var png = StoredRun.Bytes(Workspace, first.Evidence.Single(e => e.Kind == EvidenceKind.Screenshot));
        var trace = first.Evidence.Single(e => e.Kind == EvidenceKind.Trace);
        using var zip = new ZipArchive(new MemoryStream(StoredRun.Bytes(Workspace, trace)), ZipArchiveMode.Read);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(kinds, Is.EquivalentTo(new[] { EvidenceKind.Screenshot, EvidenceKind.Html, EvidenceKind.Trace }));
            Assert.That(Png.HasSignature(png), Is.True);
            Assert.That(first.Evidence.Single(e => e.Kind == EvidenceKind.Screenshot).Label, Is.EqualTo("failure"));
            Assert.That(html, Does.Contain("503").And.Contain("服务暂不可用"));
            Assert.That(trace.RelativePath, Does.EndWith(".zip"));
            Assert.That(zip.Entries.Select(e => e.FullName), Does.Contain("trace.trace"));
            Assert.That(ReadEntry(zip, "trace.trace"), Does.Contain(HomeDown));
        }
    }

    [Test]
    public async Task RunAsync_FailedTwice_OnlyTheRecheckTraceHoldsDomSnapshots()
    {
        var run = await RunCityAsync("330202", CityYaml.For("330202", HomeDown, HomeScenario), Request());

        var attempts = run.Scenarios.Single().Attempts;
        var traces = attempts.Select(a => TraceEvents(a.Evidence.Single(e => e.Kind == EvidenceKind.Trace))).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(attempts.Select(a => a.Verdict), Is.EqualTo(new[] { Verdict.Fail, Verdict.Fail }), "failed, then failed again on the re-check");
            Assert.That(traces[0], Does.Contain(HomeDown), "the first attempt's trace still records its actions");
            Assert.That(traces[0], Does.Not.Contain("\"frame-snapshot\""), "no DOM snapshots in a first attempt");
            Assert.That(traces[1], Does.Contain("\"frame-snapshot\""), "the re-check's trace holds DOM snapshots");
        }
    }

    [Test]
    public async Task RunAsync_PassingScenario_KeepsNoTrace()
    {
        var run = await RunCityAsync("330201", CityYaml.For("330201", Working, HomeScenario), Request());

        Assert.That(run.Scenarios.Single().Evidence.Select(e => e.Kind), Has.None.EqualTo(EvidenceKind.Trace));
    }

    private string TraceEvents(EvidenceRef trace)
    {
        using var zip = new ZipArchive(new MemoryStream(StoredRun.Bytes(Workspace, trace)), ZipArchiveMode.Read);
        return ReadEntry(zip, "trace.trace");
    }

    private static string ReadEntry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
