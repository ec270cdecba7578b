using PortalProbe.Checks.Tests.Support;
using static PortalProbe.Checks.Tests.Support.CityScripts;

namespace PortalProbe.Checks.Tests;

public sealed class ScriptLibraryTests
{
    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new ChecksFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private static string Valid(string code) => WithSteps("- goto: ${entry}").Replace("330100", code, StringComparison.Ordinal);

    [Test]
    public void Load_ValidAndInvalidCities_ListsOnlyTheValidOnesAndReportsEveryFile()
    {
        _folder.Write("cities/330100-hangzhou.yaml", Valid("330100"));
        _folder.Write("cities/east/320100-nanjing.yml", Valid("320100"));
        _folder.Write("cities/440100-guangzhou.yaml", Valid("440100").Replace("goto", "goot", StringComparison.Ordinal));

        var library = ScriptLibrary.Load(_folder.Root, _ => null);

        Assert.That(library.Root, Is.EqualTo(_folder.Root));
        Assert.That(library.Cities.Select(c => c.City.Code), Is.EquivalentTo(new[] { "330100", "320100" }));
        Assert.That(_folder.Format(library.Diagnostics), Is.EqualTo(new[]
        {
            "cities/440100-guangzhou.yaml:14:9: error: unknown step 'goot'; did you mean 'goto'? (steps: goto, click, check, fill, select, press, wait-for, expect, manual-when, extract, sms-code, screenshot, use)",
        }));
    }

    [Test]
    public void FindCity_ValidCity_GivesItsScript()
    {
        _folder.Write("cities/330100-hangzhou.yaml", Valid("330100"));

        var result = ScriptLibrary.Load(_folder.Root, _ => null).FindCity("330100");

        Assert.That(result.HasErrors, Is.False);
        Assert.That(result.Value!.City.Name, Is.EqualTo("杭州市"));
    }

    [Test]
    public void FindCity_UnknownCode_SaysWhereItLooked()
    {
        var result = ScriptLibrary.Load(_folder.Root, _ => null).FindCity("999999");
        var cities = Path.Combine(_folder.Root, "cities");

        Assert.That(result.Value, Is.Null);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            $"{cities}:1:1: error: no city script for code 999999 in {cities}",
        }));
    }

    [Test]
    public void FindCity_InvalidFile_GivesItsDiagnostics()
    {
        _folder.Write("cities/330100-hangzhou.yaml", "city: [\n");

        var result = ScriptLibrary.Load(_folder.Root, _ => null).FindCity("330100");

        Assert.That(result.HasErrors, Is.True);
        Assert.That(_folder.Format(result.Diagnostics), Is.EqualTo(new[]
        {
            "cities/330100-hangzhou.yaml:2:1: error: YAML syntax error: While parsing a node, did not find expected node content.",
        }));
    }

    [Test]
    public void Load_TwoScriptsForOneCode_RejectsTheSecond()
    {
        _folder.Write("cities/330100-a.yaml", Valid("330100"));
        _folder.Write("cities/330100-b.yaml", Valid("330100"));

        var library = ScriptLibrary.Load(_folder.Root, _ => null);

        Assert.That(library.Cities, Has.Count.EqualTo(1));
        Assert.That(library.FindCity("330100").Value!.SourceFile, Does.EndWith("330100-a.yaml"));
        Assert.That(_folder.Format(library.Diagnostics), Is.EqualTo(new[]
        {
            "cities/330100-b.yaml:2:9: error: city code 330100 already has a script: cities/330100-a.yaml",
        }));
    }

    [Test]
    public void Load_MissingFolder_ReportsItWithoutThrowing()
    {
        var missing = Path.Combine(_folder.Root, "nope");

        var library = ScriptLibrary.Load(missing, _ => null);

        Assert.That(library.Cities, Is.Empty);
        Assert.That(library.Diagnostics.Select(d => d.Message), Is.EqualTo(new[] { $"checks folder '{missing}' does not exist" }));
    }

    [Test]
    public void Load_RelativeRoot_KeepsPathsRelative()
    {
        _folder.Write("cities/330100-hangzhou.yaml", Valid("330100").Replace("goto", "goot", StringComparison.Ordinal));
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), _folder.Root);

        var library = ScriptLibrary.Load(relative, _ => null);

        Assert.That(Path.IsPathRooted(relative), Is.False);
        Assert.That(library.Diagnostics.Single().Location.File, Is.EqualTo(Path.Combine(relative, "cities", "330100-hangzhou.yaml")));
    }
}
