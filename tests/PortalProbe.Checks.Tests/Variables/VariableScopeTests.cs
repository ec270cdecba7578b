using PortalProbe.Checks.Tests.Support;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Tests.Variables;

public sealed class VariableScopeTests
{
    private const string File = "cities/330100-x.yaml";

    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new ChecksFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private static string Script(string vars, string entry, string steps) => $"""
        city: {"{"} code: "330100", name: 杭州市, province: 浙江省, tier: 新一线, level: 副省级 {"}"}
        runtime: [port]
        vars:
        {CityScripts.Indent(vars, 2)}
        channels:
          - kind: web
            entry: {entry}
        scenarios:
          - name: a
            kind: custom
            steps:
        {CityScripts.Indent(steps, 6)}
        """;

    private IReadOnlyList<string> Diagnostics(string script, IReadOnlyDictionary<string, string>? environment = null)
    {
        _folder.Write(File, script);
        return _folder.Format(_folder.LoadCity(environment).Diagnostics);
    }

    [Test]
    public void Load_VarsUsingEarlierVarsRuntimeCityAndSecrets_HasNoErrors()
    {
        var script = Script("host: ${city.code}.local\nbase: http://${host}:${port}/${secret:TOKEN}", "${base}", "- goto: ${entry}${channel}/${city.name}");

        Assert.That(Diagnostics(script, new Dictionary<string, string> { ["TOKEN"] = "t" }), Is.Empty);
    }

    [Test]
    public void Load_VarUsingALaterVar_IsUndefined()
    {
        var script = Script("base: http://${host}\nhost: h", "${base}", "- goto: ${entry}");

        Assert.That(Diagnostics(script), Is.EqualTo(new[] { $"{File}:4:9: error: undefined variable '${{host}}' ('host' is declared below; a var can use only the vars above it)" }));
    }

    [Test]
    public void Load_VarOrEntryUsingEntryOrChannel_SaysTheyExistOnlyInScenarios()
    {
        var script = Script("home: ${entry}", "${channel}", "- goto: ${entry}");

        Assert.That(Diagnostics(script), Is.EqualTo(new[]
        {
            $"{File}:4:9: error: undefined variable '${{entry}}' ('entry' exists only inside scenarios)",
            $"{File}:7:12: error: undefined variable '${{channel}}' ('channel' exists only inside scenarios)",
        }));
    }

    [Test]
    public void Load_MisspeltVariable_SuggestsTheClosestName()
    {
        var script = Script("host: h", "http://${hots}", "- goto: ${entyr}");

        Assert.That(Diagnostics(script), Is.EqualTo(new[]
        {
            $"{File}:7:12: error: undefined variable '${{hots}}'; did you mean 'host'?",
            $"{File}:12:15: error: undefined variable '${{entyr}}'; did you mean 'entry'?",
        }));
    }

    [Test]
    public void Load_ExtractedVariable_IsDefinedOnlyAfterItsStep()
    {
        var script = Script("host: h", "http://h/", """
            - goto: ${entry}${ticket}
            - extract: { css: "#no", into: ticket }
            - goto: ${entry}${ticket}
            """);

        Assert.That(Diagnostics(script), Is.EqualTo(new[] { $"{File}:12:15: error: undefined variable '${{ticket}}'" }));
    }

    [Test]
    public void Load_ExtractedVariable_DoesNotLeakIntoTheNextScenario()
    {
        var script = Script("host: h", "http://h/", "- extract: { css: \"#no\", into: ticket }") + """

              - name: b
                kind: custom
                steps:
                  - goto: ${entry}${ticket}
            """;

        Assert.That(Diagnostics(script), Is.EqualTo(new[] { $"{File}:16:15: error: undefined variable '${{ticket}}'" }));
    }

    [Test]
    public void Load_MissingSecret_WarnsOnceAndStillLoads()
    {
        var script = Script("token: ${secret:HZ_TOKEN}", "http://h/", "- fill: { label: x, value: \"${secret:HZ_TOKEN}\" }");
        _folder.Write(File, script);

        var result = _folder.LoadCity();

        Assert.That(result.HasErrors, Is.False);
        Assert.That(result.Value!.SecretNames, Is.EqualTo(new[] { "HZ_TOKEN" }));
        Assert.That(_folder.Format(result.Diagnostics), Is.EqualTo(new[]
        {
            $"{File}:4:10: warning: secret '${{secret:HZ_TOKEN}}' is not set: environment variable HZ_TOKEN is missing or empty",
        }));
    }

    [Test]
    public void Load_SecretSet_GivesNoWarning()
    {
        var script = Script("token: ${secret:HZ_TOKEN}", "http://h/", "- goto: ${entry}");

        Assert.That(Diagnostics(script, new Dictionary<string, string> { ["HZ_TOKEN"] = "x" }), Is.Empty);
    }

    [Test]
    public void Load_Vars_KeepTheirOrder()
    {
        _folder.Write(File, Script("z: 1\na: ${z}\nm: ${a}", "http://h/", "- goto: ${entry}"));

        Assert.That(_folder.LoadCity().Value!.Vars.Keys, Is.EqualTo(new[] { "z", "a", "m" }));
    }

    [Test]
    public void Load_EscapedReference_IsLiteralText()
    {
        _folder.Write(File, Script("price: $${notavar}", "http://h/", "- goto: ${entry}"));

        var price = _folder.LoadCity().Value!.Vars["price"];

        Assert.That(price.Parts, Is.EqualTo(new TemplatePart[] { new LiteralPart("${notavar}") }));
    }
}
