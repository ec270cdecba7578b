using PortalProbe.Checks.Tests.Support;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;
using static PortalProbe.Checks.Tests.Support.TemplateScripts;

namespace PortalProbe.Checks.Tests.Templates;

public sealed class TemplateExpansionTests
{
    private static readonly Dictionary<string, string> Environment = new() { ["HZ_PHONE"] = "13800000000" };

    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _folder = new ChecksFolder();
        _folder.Write("templates/sim/register.yaml", Register);
    }

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private IReadOnlyList<Step> Expand(string steps)
    {
        _folder.Write(CityFile, City(steps));
        var result = _folder.LoadCity(Environment);
        Assert.That(_folder.Format(result.Diagnostics), Is.Empty);
        return result.Value!.Scenarios[0].Steps;
    }

    [Test]
    public void Load_Use_CopiesTheTemplateStepsWithArgumentsAndDefaults()
    {
        var steps = Expand("- use: sim/register\n  with: { phone: \"${secret:HZ_PHONE}\" }");

        Assert.That(steps.Select(s => s.Keyword), Is.EqualTo(new[] { "goto", "fill", "fill" }));
        Assert.That(((GotoStep)steps[0]).Url.Raw, Is.EqualTo("${entry}register"));
        Assert.That(((FillStep)steps[1]).Value.Parts, Is.EqualTo(new TemplatePart[] { new SecretPart("HZ_PHONE") }));
        Assert.That(((FillStep)steps[2]).Value.Raw, Is.EqualTo("Probe#2026"));
    }

    [Test]
    public void Load_Use_KeepsTemplateLocationsAndSetsUsedAt()
    {
        var steps = Expand("- use: sim/register\n  with: { phone: \"138\" }");

        var template = _folder.PathOf("templates/sim/register.yaml");
        Assert.That(steps.Select(s => s.Location), Is.EqualTo(new[]
        {
            new SourceLocation(template, 7, 5), new SourceLocation(template, 8, 5), new SourceLocation(template, 9, 5),
        }));
        Assert.That(steps.Select(s => s.UsedAt).Distinct(), Is.EqualTo(new[] { new SourceLocation(_folder.PathOf(CityFile), 9, 9) }));
    }

    [Test]
    public void Load_SensitiveParam_MarksItsFillSensitive()
    {
        var steps = Expand("- use: sim/register\n  with: { phone: \"138\", password: hunter2 }");

        Assert.That(((FillStep)steps[1]).Sensitive, Is.False);
        Assert.That(((FillStep)steps[2]).Sensitive, Is.True);
        Assert.That(steps[2].Describe(), Does.Not.Contain("hunter2"));
    }

    [Test]
    public void Load_ArgumentWithReferences_IsSplicedIntoTheTemplateText()
    {
        _folder.Write("templates/open.yaml", """
            template:
              params:
                path: { required: true }
            steps:
              - goto: "${entry}${path}?city=${city.code}"
            """);

        var step = (GotoStep)Expand("- use: open\n  with: { path: \"u/${city.name}/$${x}\" }")[0];

        Assert.That(step.Url.Parts, Is.EqualTo(new TemplatePart[]
        {
            new VariablePart("entry"), new LiteralPart("u/"), new VariablePart("city.name"),
            new LiteralPart("/${x}?city="), new VariablePart("city.code"),
        }));
    }

    [Test]
    public void Load_NestedUse_ExpandsInCallerTermsAndCarriesSensitivity()
    {
        _folder.Write("templates/sim/type.yaml", """
            template:
              params:
                field: { required: true }
                text: { required: true }
            steps:
              - fill: { label: "${field}", value: "${text}" }
            """);
        _folder.Write("templates/sim/login.yaml", """
            template:
              params:
                user: { required: true }
                pass: { required: true, sensitive: true }
            steps:
              - goto: ${entry}login
              - use: sim/type
                with: { field: 用户名, text: "${user}" }
              - use: sim/type
                with: { field: 密码, text: "${pass}" }
            """);

        var steps = Expand("- use: sim/login\n  with: { user: \"u-${city.code}\", pass: pw }");

        var user = (FillStep)steps[1];
        var pass = (FillStep)steps[2];
        Assert.That((user.Target.Value.Raw, user.Value.Raw, user.Sensitive), Is.EqualTo(("用户名", "u-${city.code}", false)));
        Assert.That((pass.Value.Raw, pass.Sensitive), Is.EqualTo(("pw", true)));
        Assert.That(pass.Location, Is.EqualTo(new SourceLocation(_folder.PathOf("templates/sim/type.yaml"), 6, 5)));
        Assert.That(pass.UsedAt, Is.EqualTo(new SourceLocation(_folder.PathOf(CityFile), 9, 9)));
    }

    [Test]
    public void Load_TemplateUsingCallerNames_SeesVarsAndEarlierExtracts()
    {
        _folder.Write("templates/track.yaml", """
            template:
              description: no params
            steps:
              - goto: ${entry}track/${ticket}
              - extract: { css: "#state", into: state }
            """);

        var steps = Expand("""
            - extract: { css: "#no", into: ticket }
            - use: track
            - expect: { text: "#s", contains: "${state}" }
            """);

        Assert.That(steps.Select(s => s.Keyword), Is.EqualTo(new[] { "extract", "goto", "extract", "expect" }));
    }

    [Test]
    public void Load_EnabledConditionInTemplate_IsSubstituted()
    {
        _folder.Write("templates/ready.yaml", """
            template:
              params:
                button: { required: true }
            steps:
              - expect: { enabled: { role: button, name: "${button}" } }
            """);

        var step = (ExpectStep)Expand("- use: ready\n  with: { button: 提交 }")[0];

        Assert.That(((EnabledExpectation)step.Expectation).Target.Name!.Raw, Is.EqualTo("提交"));
    }

    [Test]
    public void Load_LiveOnlyOnUse_MarksEveryTemplateStep()
    {
        var steps = Expand("- use: sim/register\n  with: { phone: \"138\" }\n  live-only: true");

        Assert.That(steps.Select(s => s.LiveOnly), Is.All.True);
    }

    [Test]
    public void Load_LabelAndTimeoutOnUse_ApplyToTheTemplateSteps()
    {
        var steps = Expand("- use: sim/register\n  with: { phone: \"138\" }\n  label: 注册\n  timeout: 10s");

        Assert.That(steps.Select(s => s.Timeout), Is.All.EqualTo(TimeSpan.FromSeconds(10)));
        Assert.That(steps[0].Label, Is.EqualTo("注册: goto ${entry}register"));
    }
}
