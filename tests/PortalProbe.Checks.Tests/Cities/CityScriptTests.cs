using PortalProbe.Checks.Tests.Support;
using PortalProbe.Cities;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Tests.Cities;

public sealed class CityScriptTests
{
    private const string Hangzhou = """
        city:
          code: "330100"
          name: 杭州市
          province: 浙江省
          tier: 新一线
          level: 副省级
        runtime: [port]
        vars:
          host: 127.10.0.1
          base: http://${host}:${port}
        channels:
          - kind: web
            entry: ${base}/
          - kind: wechat
            entry: ${base}/h5/
        scenarios:
          - name: register
            kind: registration
            channels: [web]
            steps:
              - goto: ${entry}register
              - expect: { text: "#result", contains: 注册成功 }
          - name: portal-links
            kind: links
            steps:
              - goto: ${entry}
        """;

    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new ChecksFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [Test]
    public void Load_ValidScript_GivesTheWholeCheckScript()
    {
        var file = _folder.Write("cities/330100-hangzhou.yaml", Hangzhou);

        var result = _folder.LoadCity();

        Assert.That(result.Diagnostics, Is.Empty);
        var script = result.Value!;
        Assert.That(script.SourceFile, Is.EqualTo(file));
        Assert.That(script.City, Is.EqualTo(new CityInfo("330100", "杭州市", "浙江省", "新一线", "副省级")));
        Assert.That(script.RuntimeVars, Is.EqualTo(new[] { "port" }));
        Assert.That(script.Vars.Keys, Is.EqualTo(new[] { "host", "base" }));
        Assert.That(script.Vars["base"].VariableNames, Is.EqualTo(new[] { "host", "port" }));
        Assert.That(script.Channels.Select(c => (c.Kind, c.Entry.Raw, c.Location.Line)), Is.EqualTo(new[]
        {
            (ChannelKind.Web, "${base}/", 12), (ChannelKind.Wechat, "${base}/h5/", 14),
        }));
        Assert.That(script.Scenarios.Select(s => (s.Name, s.Kind, s.Location.Line)), Is.EqualTo(new[]
        {
            ("register", ScenarioKind.Registration, 17), ("portal-links", ScenarioKind.Links, 23),
        }));
        Assert.That(script.Scenarios[0].Channels, Is.EqualTo(new[] { ChannelKind.Web }));
        Assert.That(script.Scenarios[1].RunsOn(ChannelKind.Wechat), Is.True);
    }

    [Test]
    public void Load_UnquotedCode_IsTakenAsText()
    {
        _folder.Write("cities/330100-hangzhou.yaml", Hangzhou.Replace("code: \"330100\"", "code: 330100", StringComparison.Ordinal));

        Assert.That(_folder.LoadCity().Value!.City.Code, Is.EqualTo("330100"));
    }

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("code not six digits", ("code: \"330100\"", "code: \"3301\""), E(2, 9, "city code must be six digits, not '3301'"));
        yield return Case("file name without code", ("code: \"330100\"", "code: \"330200\""), E(2, 9, "the file name '330100-hangzhou.yaml' must start with the city code 330200"));
        yield return Case("unknown tier", ("tier: 新一线", "tier: 超一线"), E(5, 9, "city tier must be one of 一线, 新一线, 二线, 三线, 四线, 五线, not '超一线'"));
        yield return Case("unknown level", ("level: 副省级", "level: 县级市"), E(6, 10, "city level must be one of 直辖市, 副省级, 省会, 地级市, not '县级市'"));
        yield return Case("missing province", ("  province: 浙江省\n", ""), E(2, 3, "missing city 'province'"));
        yield return Case("unknown city key", ("  province: 浙江省\n", "  province: 浙江省\n  provnce: x\n"), E(5, 3, "unknown key 'provnce' in 'city'; did you mean 'province'?"));
        yield return Case("misspelt top-level key", ("vars:", "var:"), E(8, 1, "unknown key 'var' in a city script; did you mean 'vars'?"), E(13, 12, "undefined variable '${base}'"), E(15, 12, "undefined variable '${base}'"));
        yield return Case("runtime not a name", ("runtime: [port]", "runtime: [port, 2x]"), E(7, 17, "runtime variable name '2x' must be letters, digits, '_', '-' and '.', starting with a letter or '_'"));
        yield return Case("runtime twice", ("runtime: [port]", "runtime: [port, port]"), E(7, 17, "runtime variable 'port' is already declared"));
        yield return Case("runtime built-in", ("runtime: [port]", "runtime: [port, entry]"), E(7, 17, "runtime variable name 'entry' is reserved for the built-in variable"));
        yield return Case("var shadows runtime", ("  host: 127.10.0.1\n", "  host: 127.10.0.1\n  port: 80\n"), E(10, 3, "variable 'port' is already declared in 'runtime'"));
        yield return Case("var named like a built-in", ("  host: 127.10.0.1\n", "  host: 127.10.0.1\n  city.name: x\n"), E(10, 3, "variable name 'city.name' is reserved for the built-in variable"));
        yield return Case("unknown channel kind", ("kind: wechat", "kind: wechatt"), E(14, 11, "unknown channel kind 'wechatt'; did you mean 'wechat'? (kinds: wechat, app, web)"));
        yield return Case("channel twice", ("kind: wechat", "kind: web"), E(14, 11, "channel 'web' is declared twice"));
        yield return Case("channel without entry", ("    entry: ${base}/h5/\n", ""), E(14, 5, "missing a channel's 'entry'"));
        yield return Case("unknown scenario kind", ("kind: links", "kind: link"), E(24, 11, "unknown scenario kind 'link'; did you mean 'links'? (kinds: registration, login, links, submission, progress, chatbot, disclosure, selfservice, custom)"));
        yield return Case("scenario channel not declared", ("channels: [web]", "channels: [web, app]"), E(19, 21, "channel 'app' is not declared under the script's 'channels'"));
        yield return Case("scenario name not a slug", ("name: portal-links", "name: Portal Links"), E(23, 11, "scenario name 'Portal Links' must be lower-case letters, digits, '_' and '-', starting with a letter or digit"));
        yield return Case("scenario twice", ("name: portal-links", "name: register"), E(23, 11, "scenario 'register' is declared twice"));
        yield return Case("scenario without steps", ("kind: links\n    steps:\n      - goto: ${entry}", "kind: links\n    steps: []"), E(25, 12, "scenario 'portal-links' needs at least one step"));
        yield return Case("unknown scenario key", ("kind: links", "kind: links\n    channel: [web]"), E(25, 5, "unknown key 'channel' in a scenario; did you mean 'channels'?"));
    }

    [TestCaseSource(nameof(Cases))]
    public void Load_InvalidScript_ReportsEachErrorAtItsPlace((string Old, string New) edit, string[] expected)
    {
        _folder.Write("cities/330100-hangzhou.yaml", Hangzhou.Replace(edit.Old, edit.New, StringComparison.Ordinal));

        var result = ScriptLibrary.Load(_folder.Root, _ => null).FindCity(edit.New.Contains("330200", StringComparison.Ordinal) ? "330200" : "330100");

        Assert.That(result.Value, Is.Null);
        Assert.That(_folder.Format(result.Diagnostics), Is.EqualTo(expected));
    }

    [Test]
    public void Load_EmptySections_ReportsMissingChannelsAndScenarios()
    {
        _folder.Write("cities/330100-x.yaml", """
            city: { code: "330100", name: 杭州市, province: 浙江省, tier: 新一线, level: 副省级 }
            channels: []
            """);

        var result = _folder.LoadCity();

        Assert.That(_folder.Format(result.Diagnostics), Is.EqualTo(new[]
        {
            "cities/330100-x.yaml:1:1: error: a city script needs at least one scenario under 'scenarios'",
            "cities/330100-x.yaml:2:11: error: a city script needs at least one channel under 'channels'",
        }));
    }

    [Test]
    public void Load_RootIsAList_ReportsItAtTheStart()
    {
        _folder.Write("cities/330100-x.yaml", "- city\n");

        var result = _folder.LoadCity();

        Assert.That(_folder.Format(result.Diagnostics), Is.EqualTo(new[]
        {
            "cities/330100-x.yaml:1:1: error: a city script must be a mapping (key: value), not a list",
        }));
    }

    private static TestCaseData Case(string name, (string Old, string New) edit, params string[] expected) =>
        new TestCaseData(edit, expected).SetArgDisplayNames(name);

    private static string E(int line, int column, string message) => $"cities/330100-hangzhou.yaml:{line}:{column}: error: {message}";
}
