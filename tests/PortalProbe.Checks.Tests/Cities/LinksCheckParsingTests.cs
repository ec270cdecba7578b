using PortalProbe.Checks.Tests.Support;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Tests.Cities;

/// <summary>The <c>check:</c> block of a links scenario: its four keys, and every mistake reported with its place.</summary>
public sealed class LinksCheckParsingTests
{
    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new ChecksFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    /// <summary>A city whose scenario <c>links</c> has the given check block; the block's first key is at line 14, column 7.</summary>
    private static string WithLinksCheck(string check) => CityScripts.WithScenarios($"""
        - name: links
          kind: links
          check:
        {CityScripts.Indent(check, 4)}
        """);

    [Test]
    public void Parse_LinksCheckWithEveryKey_GivesStartDepthPagesAndVisitsWithoutSteps()
    {
        _folder.Write(CityScripts.CityFile, WithLinksCheck("""
            start: ${entry}zwgk/
            depth: 0
            max-pages: 20
            visits: 3
            """));

        var result = _folder.LoadCity();

        Assert.That(_folder.Format(result.Diagnostics), Is.Empty);
        var scenario = result.Value!.Scenarios.Single();
        var check = (LinksCheck)scenario.Check!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenario.Steps, Is.Empty, "a links scenario needs no steps: the check starts at the entry");
            Assert.That(check.Start?.Raw, Is.EqualTo("${entry}zwgk/"));
            Assert.That(check.Depth, Is.Zero);
            Assert.That(check.MaxPages, Is.EqualTo(20));
            Assert.That(check.Visits, Is.EqualTo(3));
            Assert.That(check.Location, Is.EqualTo(new SourceLocation(_folder.PathOf(CityScripts.CityFile), 14, 7)));
        }
    }

    [Test]
    public void Parse_EmptyLinksCheck_LeavesEveryLimitToTheConfiguration()
    {
        _folder.Write(CityScripts.CityFile, WithLinksCheck("{}"));

        var check = (LinksCheck)_folder.LoadCity().Value!.Scenarios.Single().Check!;

        Assert.That(new object?[] { check.Start, check.Depth, check.MaxPages, check.Visits }, Is.All.Null);
    }

    [Test]
    public void Parse_NegativeDepthAndUnknownKey_ReportsEachAtItsFileLineAndColumn()
    {
        _folder.Write(CityScripts.CityFile, WithLinksCheck("""
            depth: -1
            max-page: 2
            visits: 0
            """));

        var result = _folder.LoadCity();

        var errors = _folder.Format(result.Diagnostics);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Value, Is.Null, "an invalid script never runs");
            Assert.That(errors, Has.Count.EqualTo(3), string.Join("\n", errors));
            Assert.That(errors, Has.One.StartsWith("cities/330100-test.yaml:14:14: error:").And.Contain("'depth'"));
            Assert.That(errors, Has.One.StartsWith("cities/330100-test.yaml:15:7: error: unknown key 'max-page'").And.Contain("'max-pages'"));
            Assert.That(errors, Has.One.StartsWith("cities/330100-test.yaml:16:15: error:").And.Contain("'visits'").And.Contain("at least 1"));
        }
    }
}
