using PortalProbe.Checks.Tests.Support;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Tests.Cities;

/// <summary>The <c>check:</c> blocks of disclosure and selfservice scenarios: what they parse into and how mistakes are reported.</summary>
public sealed class DisclosureAndSelfServiceCheckParsingTests
{
    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new ChecksFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    /// <summary>A city script with one scenario of <paramref name="kind"/> whose check block is <paramref name="check"/> (line 13).</summary>
    private static string Script(string kind, string check) => CityScripts.WithScenarios($"""
        - name: s
          kind: {kind}
          check: {check}
        """);

    [Test]
    public void Load_DisclosureWithoutSteps_ParsesTopicStartAndWindow()
    {
        _folder.Write(CityScripts.CityFile, Script("disclosure", "{ find: cases, start: \"${entry}xxgk/\", window-days: 30 }"));

        var result = _folder.LoadCity();

        Assert.That(_folder.Format(result.Diagnostics), Is.Empty);
        var scenario = result.Value!.Scenarios.Single();
        var check = (DisclosureCheck)scenario.Check!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenario.Steps, Is.Empty, "a scenario with a check may leave out its steps");
            Assert.That(check.Topic, Is.EqualTo(DisclosureTopic.Cases));
            Assert.That(check.Start?.Raw, Is.EqualTo("${entry}xxgk/"));
            Assert.That(check.Window, Is.EqualTo(TimeSpan.FromDays(30)));
            Assert.That(check.Location, Is.EqualTo(new SourceLocation(_folder.PathOf(CityScripts.CityFile), 13, 12)));
        }
    }

    [Test]
    public void Load_DisclosureWithOnlyATopic_LeavesStartAndWindowToTheRunner()
    {
        _folder.Write(CityScripts.CityFile, Script("disclosure", "{ find: reports }"));

        var check = (DisclosureCheck)_folder.LoadCity().Value!.Scenarios.Single().Check!;

        Assert.That((check.Topic, check.Start, check.Window), Is.EqualTo((DisclosureTopic.Reports, (ValueTemplate?)null, (TimeSpan?)null)));
    }

    [Test]
    public void Load_SelfServiceWithAnEmptyCheck_StartsAtTheEntry()
    {
        _folder.Write(CityScripts.CityFile, Script("selfservice", "{}"));

        var result = _folder.LoadCity();

        Assert.That(_folder.Format(result.Diagnostics), Is.Empty);
        Assert.That(result.Value!.Scenarios.Single().Check, Is.TypeOf<SelfServiceCheck>().With.Property(nameof(SelfServiceCheck.Start)).Null);
    }

    [TestCase("disclosure", "{ find: report }", 13, 20, "unknown disclosure topic 'report'; did you mean 'reports'? (topics: reports, cases)")]
    [TestCase("disclosure", "{ find: case }", 13, 20, "unknown disclosure topic 'case'; did you mean 'cases'? (topics: reports, cases)")]
    [TestCase("disclosure", "{ start: \"${entry}\" }", 13, 12, "the 'disclosure' check of scenario 's' needs 'find'")]
    [TestCase("disclosure", "{ find: reports, window-days: 0 }", 13, 42, "'window-days' of the 'disclosure' check of scenario 's' must be at least 1")]
    [TestCase("disclosure", "{ find: reports, window: 30 }", 13, 29, "unknown key 'window' in the 'disclosure' check of scenario 's'; expected one of: find, start, window-days")]
    [TestCase("selfservice", "{ find: reports }", 13, 14, "unknown key 'find' in the 'selfservice' check of scenario 's'; expected one of: start")]
    [TestCase("disclosure", "{ find: reports, start: \"${nowhere}\" }", 13, 36, "undefined variable '${nowhere}'")]
    public void Load_MistakeInTheCheck_IsReportedWithFileLineAndColumn(string kind, string check, int line, int column, string message)
    {
        _folder.Write(CityScripts.CityFile, Script(kind, check));

        var result = _folder.LoadCity();

        Assert.That(_folder.Format(result.Diagnostics), Does.Contain($"{CityScripts.CityFile}:{line}:{column}: error: {message}"));
        Assert.That(result.Value, Is.Null, "a script with an error is never run");
    }
}
