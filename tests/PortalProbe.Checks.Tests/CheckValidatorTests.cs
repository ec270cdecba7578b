using PortalProbe.Checks.Tests.Support;
using static PortalProbe.Checks.Tests.Support.CityScripts;

namespace PortalProbe.Checks.Tests;

public sealed class CheckValidatorTests
{
    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new ChecksFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private IReadOnlyList<string> Validate(params string[] relativePaths) =>
        _folder.Format(CheckValidator.ValidatePaths(relativePaths.Select(_folder.PathOf), _ => null));

    [Test]
    public void ValidatePaths_Folder_ChecksEveryFileRecursivelyByWhatItIs()
    {
        _folder.Write("cities/330100-a.yaml", WithSteps("- use: sim/open"));
        _folder.Write("templates/sim/open.yaml", "template: {}\nsteps:\n  - goto: ${entry}\n");
        _folder.Write("templates/sim/bad.yml", "template: {}\nsteps:\n  - clik: x\n");
        _folder.Write("cities/deep/320100-b.yml", WithSteps("- screenshot: Bad"));
        _folder.Write("cities/notes.txt", "ignored");

        Assert.That(Validate(""), Is.EqualTo(new[]
        {
            "cities/deep/320100-b.yml:2:9: error: the file name '320100-b.yml' must start with the city code 330100",
            "cities/deep/320100-b.yml:14:21: error: screenshot name 'Bad' must be lower-case letters, digits, '_' and '-', starting with a letter or digit",
            "templates/sim/bad.yml:3:5: error: unknown step 'clik'; did you mean 'click'? (steps: goto, click, check, fill, select, press, wait-for, expect, manual-when, extract, sms-code, screenshot, use)",
        }));
    }

    [Test]
    public void ValidatePaths_CityFile_ResolvesTemplatesFromItsChecksRoot()
    {
        _folder.Write("templates/sim/open.yaml", "template: {}\nsteps:\n  - goto: ${entry}\n");
        _folder.Write("cities/330100-a.yaml", WithSteps("- use: sim/open\n- use: sim/opn"));

        Assert.That(Validate("cities/330100-a.yaml"), Is.EqualTo(new[]
        {
            "cities/330100-a.yaml:15:14: error: unknown template 'sim/opn'; did you mean 'sim/open'?",
        }));
    }

    [Test]
    public void ValidatePaths_TemplateFile_ChecksItsUsesAgainstTheOtherTemplates()
    {
        _folder.Write("templates/a.yaml", "template: {}\nsteps:\n  - use: b\n");
        _folder.Write("templates/b.yaml", "template: {}\nsteps:\n  - use: a\n");

        Assert.That(Validate("templates/a.yaml"), Is.EqualTo(new[] { "templates/a.yaml:3:10: error: template cycle: a → b → a" }));
    }

    [Test]
    public void ValidatePaths_OtherYaml_IsNotACheckFile()
    {
        _folder.Write("other/config.yaml", "name: x\n");

        Assert.That(Validate("other"), Is.EqualTo(new[]
        {
            "other/config.yaml:1:1: error: not a PortalProbe check file (expected a top-level 'city' or 'template' key)",
        }));
    }

    [Test]
    public void ValidatePaths_TemplateOutsideTemplates_IsCheckedWithAWarning()
    {
        _folder.Write("other/t.yaml", "template: {}\nsteps:\n  - goto: x\n");

        Assert.That(Validate("other/t.yaml"), Is.EqualTo(new[]
        {
            "other/t.yaml:1:1: warning: this template is outside a 'templates' folder, so no script can 'use' it",
        }));
    }

    [Test]
    public void ValidatePaths_MissingPathAndEmptyFile_AreReported()
    {
        _folder.Write("cities/330100-a.yaml", "");

        Assert.That(Validate("nope.yaml", "cities/330100-a.yaml"), Is.EqualTo(new[]
        {
            "nope.yaml:1:1: error: no such file or directory: 'nope.yaml'",
            "cities/330100-a.yaml:1:1: error: the file is empty",
        }));
    }

    [Test]
    public void ValidatePaths_MissingSecret_IsOnlyAWarning()
    {
        _folder.Write("cities/330100-a.yaml", WithSteps("- fill: { label: x, value: \"${secret:HZ_PHONE}\" }"));

        var diagnostics = CheckValidator.ValidatePaths([_folder.PathOf("cities")], _ => null);

        Assert.That(diagnostics.Select(d => (d.IsError, d.Message)), Is.EqualTo(new[]
        {
            (false, "secret '${secret:HZ_PHONE}' is not set: environment variable HZ_PHONE is missing or empty"),
        }));
    }
}
