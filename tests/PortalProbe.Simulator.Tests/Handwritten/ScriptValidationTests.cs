using PortalProbe.Checks;
using PortalProbe.Simulator.Handwritten;
using static PortalProbe.Simulator.Tests.Handwritten.HandwrittenHost;

namespace PortalProbe.Simulator.Tests.Handwritten;

/// <summary>Each hand-written portal's check script (and its own templates) validates in the v1 check language.</summary>
public sealed class ScriptValidationTests
{
    private static readonly string[] Secrets = ["PORTALPROBE_TEST_PHONE", "PORTALPROBE_TEST_PASSWORD", "PORTALPROBE_TEST_EMAIL"];

    public static IEnumerable<TestCaseData> Portals() => GroundTruthFileTests.Portals();

    [TestCaseSource(nameof(Portals))]
    public void ValidatePaths_PortalFolder_ReportsNoProblem(string portal)
    {
        var diagnostics = CheckValidator.ValidatePaths([Path.Combine(Folder, portal)], name => Secrets.Contains(name) ? "set-for-validation" : null);

        Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty);
    }

    [TestCaseSource(nameof(Portals))]
    public void Script_NamedAfterItsFolder_IsWhereThePortalSaysItIs(string portal)
    {
        var served = HandwrittenPortals.LoadFolder(Folder).Portals.Single(p => p.Folder.EndsWith(portal, StringComparison.Ordinal));

        Assert.That(File.Exists(served.ScriptPath), Is.True, served.ScriptPath);
        Assert.That(File.ReadAllText(served.ScriptPath), Does.Contain($"host: {served.Personality.Address}"));
    }

    [TestCaseSource(nameof(Portals))]
    public void Script_Templates_AreItsOwnNotTheGeneratedOnes(string portal)
    {
        var script = File.ReadAllText(Path.Combine(Folder, portal, "cities", portal + ".yaml"));

        Assert.That(script, Does.Not.Match(@"use:\s*(pc|pc-legacy|wechat-h5|app-h5|sim)/"));
    }
}
