using PortalProbe.Checks.Tests.Support;
using static PortalProbe.Checks.Tests.Support.TemplateScripts;

namespace PortalProbe.Checks.Tests.Templates;

public sealed class TemplateErrorTests
{
    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _folder = new ChecksFolder();
        _folder.Write("templates/sim/register.yaml", Register);
    }

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private IReadOnlyList<string> CityErrors(string steps)
    {
        _folder.Write(CityFile, City(steps));
        var result = _folder.LoadCity();
        Assert.That(result.Value, Is.Null);
        return _folder.Format(result.Diagnostics);
    }

    private IReadOnlyList<string> LibraryDiagnostics() =>
        _folder.Format(ScriptLibrary.Load(_folder.Root, _ => null).Diagnostics);

    [Test]
    public void Load_UnknownTemplate_SuggestsTheClosestName()
    {
        Assert.That(CityErrors("- use: sim/regster"), Is.EqualTo(new[]
        {
            $"{CityFile}:9:14: error: unknown template 'sim/regster'; did you mean 'sim/register'?",
        }));
    }

    [Test]
    public void Load_UnknownAndMissingParams_AreReportedAtTheUse()
    {
        Assert.That(CityErrors("- use: sim/register\n  with: { phnoe: \"138\" }"), Is.EqualTo(new[]
        {
            $"{CityFile}:9:9: error: template 'sim/register' needs parameter 'phone' under 'with'",
            $"{CityFile}:10:17: error: template 'sim/register' has no parameter 'phnoe'; did you mean 'phone'?",
        }));
    }

    [Test]
    public void Load_TemplateReferencingAnUndefinedName_ReportsItInTheTemplateNamingTheUse()
    {
        _folder.Write("templates/home.yaml", """
            template:
              params:
                path: { default: "${homepage}" }
            steps:
              - goto: ${entry}${path}
              - click: "${buton}"
            """);

        Assert.That(CityErrors("- use: home"), Is.EqualTo(new[]
        {
            $"templates/home.yaml:3:22: error: undefined variable '${{homepage}}' (default of parameter 'path' of template 'home' used at {CityFile}:9:9)",
            $"templates/home.yaml:6:12: error: undefined variable '${{buton}}' (in template 'home' used at {CityFile}:9:9)",
        }));
    }

    [Test]
    public void Load_CityArgumentWithUndefinedName_IsReportedAtTheArgument()
    {
        Assert.That(CityErrors("- use: sim/register\n  with: { phone: \"${phone}\" }"), Is.EqualTo(new[]
        {
            $"{CityFile}:10:24: error: undefined variable '${{phone}}'",
        }));
    }

    [Test]
    public void Load_TemplatesInACycle_ReportEachCycleAndBlockTheirUse()
    {
        _folder.Write("templates/a.yaml", "template: {}\nsteps:\n  - use: b\n");
        _folder.Write("templates/b.yaml", "template: {}\nsteps:\n  - goto: x\n  - use: a\n");
        _folder.Write("templates/self.yaml", "template: {}\nsteps:\n  - use: self\n");
        _folder.Write(CityFile, City("- use: a"));

        Assert.That(LibraryDiagnostics(), Is.EqualTo(new[]
        {
            "templates/a.yaml:3:10: error: template cycle: a → b → a",
            "templates/b.yaml:4:10: error: template cycle: b → a → b",
            "templates/self.yaml:3:10: error: template cycle: self → self",
            $"{CityFile}:9:14: error: template 'a' cannot be used: it or a template it uses has errors ({_folder.PathOf("templates/a.yaml")})".Replace(_folder.Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal),
        }));
    }

    [Test]
    public void Load_UseOfATemplateWithErrors_IsAnErrorInTheCity()
    {
        _folder.Write("templates/broken.yaml", "template: {}\nsteps:\n  - clik: x\n");

        Assert.That(CityErrors("- use: broken"), Is.EqualTo(new[]
        {
            $"{CityFile}:9:14: error: template 'broken' cannot be used: it or a template it uses has errors (templates/broken.yaml)",
        }));
    }

    [Test]
    public void Load_TemplateFileErrors_AreReportedWithTheirPlaces()
    {
        _folder.Write("templates/bad.yaml", """
            template:
              descripton: x
              params:
                a: { required: true, default: x }
                b: { sensitive: true }
                c:
                entry: { default: x }
                d: { requird: true }
            steps: []
            """);

        Assert.That(LibraryDiagnostics(), Is.EqualTo(new[]
        {
            "templates/bad.yaml:2:3: error: unknown key 'descripton' in 'template'; did you mean 'description'?",
            "templates/bad.yaml:4:26: error: parameter 'a' is required, so it takes no 'default'",
            "templates/bad.yaml:5:5: error: parameter 'b' needs 'required: true' or a 'default'",
            "templates/bad.yaml:6:5: error: parameter 'c' needs 'required: true' or a 'default'",
            "templates/bad.yaml:7:5: error: parameter name 'entry' is reserved for the built-in variable",
            "templates/bad.yaml:8:5: error: parameter 'd' needs 'required: true' or a 'default'",
            "templates/bad.yaml:8:10: error: unknown key 'requird' in parameter 'd'; did you mean 'required'?",
            "templates/bad.yaml:9:8: error: template 'bad' needs at least one step",
        }));
    }

    [Test]
    public void Load_TemplateWithoutHeader_SaysWhatIsMissing()
    {
        _folder.Write("templates/bare.yaml", "steps:\n  - goto: x\n");

        Assert.That(LibraryDiagnostics(), Is.EqualTo(new[]
        {
            "templates/bare.yaml:1:1: error: missing 'template' (the template's description and params)",
        }));
    }

    [Test]
    public void Load_NestedUseWithBadArguments_IsReportedInTheTemplate()
    {
        _folder.Write("templates/outer.yaml", "template: {}\nsteps:\n  - use: sim/register\n    with: { phnoe: x }\n");

        Assert.That(LibraryDiagnostics(), Is.EqualTo(new[]
        {
            "templates/outer.yaml:3:5: error: template 'sim/register' needs parameter 'phone' under 'with'",
            "templates/outer.yaml:4:13: error: template 'sim/register' has no parameter 'phnoe'; did you mean 'phone'?",
        }));
    }
}
