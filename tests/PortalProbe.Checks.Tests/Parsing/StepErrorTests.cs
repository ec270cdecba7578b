using PortalProbe.Checks.Tests.Support;

namespace PortalProbe.Checks.Tests.Parsing;

/// <summary>
/// Every error a step can have, with its place. The steps are written at column 1 and indented by six spaces into a
/// city script whose first step is on line 14, so a key written at column c of a snippet is at column c + 6.
/// </summary>
public sealed class StepErrorTests
{
    private const string Steps = "goto, click, check, fill, select, press, wait-for, expect, manual-when, extract, sms-code, screenshot, use";
    private const string TargetKinds = "role, text, label, placeholder, testid, title, alt, css, xpath, selector";
    private const string Subjects = "visible, hidden, enabled, text, url, title, count";

    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new ChecksFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("unknown step", "- clik: \"#a\"", E(14, 9, $"unknown step 'clik'; did you mean 'click'? (steps: {Steps})"));
        yield return Case("unknown step far from any", "- navigate: x", E(14, 9, $"unknown step 'navigate' (steps: {Steps})"));
        yield return Case("two keywords", "- click: a\n  goto: b", E(15, 9, "a step takes exactly one keyword; found 'click' and 'goto'"));
        yield return Case("no keyword", "- label: x", E(14, 9, $"a step needs one of: {Steps}"));
        yield return Case("not a mapping", "- click", E(14, 9, "a step must be a mapping such as '- click: <target>'"));
        yield return Case("misspelt common key", "- click: a\n  lable: x", E(15, 9, "unknown key 'lable' in a step; did you mean 'label'?"));
        yield return Case("with on click", "- click: a\n  with: { x: 1 }", E(15, 9, "'with' only goes with 'use'"));
        yield return Case("live-only not a bool", "- click: a\n  live-only: maybe", E(15, 20, "'live-only' must be true or false, not 'maybe'"));
        yield return Case("bad timeout", "- click: a\n  timeout: 5 sec", E(15, 18, "'timeout' must be a duration such as 500ms, 5s or 2m, not '5 sec'"));
        yield return Case("zero timeout", "- click: a\n  timeout: 0s", E(15, 18, "'timeout' must be a duration such as 500ms, 5s or 2m, not '0s'"));
        yield return Case("fill without value", "- fill: { label: x }", E(14, 15, "'fill' needs 'value'"));
        yield return Case("fill without target", "- fill: { value: x }", E(14, 15, $"'fill' needs a target: one of {TargetKinds}, or 'target:'"));
        yield return Case(
            "fill misspelt value",
            "- fill: { label: x, vlaue: y }",
            E(14, 15, "'fill' needs 'value'"),
            E(14, 27, "unknown key 'vlaue' in 'fill'; did you mean 'value'?"));
        yield return Case("fill sensitive not a bool", "- fill: { label: x, value: y, sensitive: yes }", E(14, 48, "'sensitive' must be true or false, not 'yes'"));
        yield return Case("select not a mapping", "- select: 投诉", E(14, 17, "'select' must be a mapping (key: value), not a text"));
        yield return Case("target inline and nested", "- fill: { css: a, target: b, value: c }", E(14, 17, "'fill': give the target either inline or under 'target', not both"));
        yield return Case("two target kinds", "- click: { css: a, text: b }", E(14, 26, $"a target takes exactly one of {TargetKinds}; found 'css' and 'text'"));
        yield return Case("name without role", "- click: { text: a, name: b }", E(14, 27, "'name' only goes with 'role'"));
        yield return Case("exact with label", "- click: { label: a, exact: true }", E(14, 28, "'exact' only goes with 'role' or 'text'"));
        yield return Case("exact not a bool", "- click: { role: a, exact: yes }", E(14, 34, "'exact' must be true or false, not 'yes'"));
        yield return Case(
            "misspelt target key",
            "- click: { rol: button }",
            E(14, 16, $"the target of 'click' needs one of: {TargetKinds}"),
            E(14, 18, "unknown key 'rol' in the target of 'click'; did you mean 'role'?"));
        yield return Case("target is a list", "- click: [a, b]", E(14, 16, "the target of 'click' must be a text, not a list"));
        yield return Case("press without key", "- press: { css: a }", E(14, 16, "'press' needs 'key'"));
        yield return Case("wait-for bad state", "- wait-for: { css: a, state: hiden }", E(14, 36, "'state' must be one of visible, hidden, attached, detached, not 'hiden'; did you mean 'hidden'?"));
        yield return Case("expect a text", "- expect: \"#ok\"", E(14, 17, "'expect' needs a condition mapping, e.g. { visible: <target> }"));
        yield return Case("expect no subject", "- expect: { contains: x }", E(14, 17, $"'expect' needs one of: {Subjects}"));
        yield return Case("expect two subjects", "- expect: { visible: a, hidden: b }", E(14, 31, $"a condition takes exactly one of {Subjects}; found 'visible' and 'hidden'"));
        yield return Case("expect misspelt subject", "- expect: { visble: a, hidden: b }", E(14, 19, "unknown key 'visble' in 'expect'; did you mean 'visible'?"));
        yield return Case("text without comparison", "- expect: { text: a }", E(14, 17, "'text' needs one of: contains, matches"));
        yield return Case("text with both comparisons", "- expect: { text: a, contains: b, matches: c }", E(14, 41, "'text' takes exactly one of contains, matches; found 'contains' and 'matches'"));
        yield return Case("contains with visible", "- expect: { visible: a, contains: b }", E(14, 31, "'contains' only goes with 'text', not with 'visible'"));
        yield return Case("equals with text", "- expect: { text: a, contains: b, equals: 1 }", E(14, 41, "'equals' only goes with 'count', not with 'text'"));
        yield return Case("count without comparison", "- expect: { count: a }", E(14, 17, "'count' needs one of: equals, at-least, at-most"));
        yield return Case("count negative", "- expect: { count: a, at-least: -1 }", E(14, 39, "'at-least' must be a whole number >= 0, not '-1'"));
        yield return Case(
            "url misspelt comparison",
            "- expect: { url: { contain: x } }",
            E(14, 24, "'url' needs one of: contains, matches"),
            E(14, 26, "unknown key 'contain' in 'url'; did you mean 'contains'?"));
        yield return Case("manual-when without reason", "- manual-when: { visible: a }", E(14, 22, "'manual-when' needs 'reason'"));
        yield return Case("extract without into", "- extract: { css: a }", E(14, 18, "'extract' needs 'into' (the variable to set)"));
        yield return Case("extract into not a name", "- extract: { css: a, into: 1x }", E(14, 34, "'into' must be a variable name (letters, digits, '_', '-', '.'), not '1x'"));
        yield return Case("sms-code without into", "- sms-code: { phone: \"138\" }", E(14, 19, "'sms-code' needs 'into'"));
        yield return Case("sms-code with an unknown key", "- sms-code: { phone: \"138\", into: c, from: x }", E(14, 44, "unknown key 'from' in 'sms-code'; expected one of: phone, into"));
        yield return Case("screenshot bad name", "- screenshot: Home", E(14, 21, "screenshot name 'Home' must be lower-case letters, digits, '_' and '-', starting with a letter or digit"));
        yield return Case("screenshot without name", "- screenshot: { full-page: true }", E(14, 21, "'screenshot' needs 'name'"));
        yield return Case("malformed reference", "- goto: ${entry", E(14, 15, "'goto': unclosed '${' at character 1 of \"${entry\""));
        yield return Case("bad reference name", "- goto: ${1x}", E(14, 15, "'goto': '${1x}' is not a valid variable reference"));
        yield return Case("empty value", "- goto:", E(14, 14, "'goto' must not be empty"));
        yield return Case("use bad template name", "- use: Sim/Register", E(14, 14, "'Sim/Register' is not a template name (lower-case words separated by '/', like sim/register)"));
    }

    [TestCaseSource(nameof(Cases))]
    public void Load_InvalidStep_ReportsEachErrorAtItsPlace(string steps, string[] expected)
    {
        Assert.That(_folder.StepErrors(steps), Is.EqualTo(expected));
    }

    [Test]
    public void Load_InvalidRegex_ReportsItAtThePattern()
    {
        var errors = _folder.StepErrors("""
            - expect: { text: a, matches: "([" }
            - extract: { css: a, into: x, regex: "a{2" }
            - extract: { css: a, into: y, regex: "(?<" }
            """);

        Assert.That(errors, Has.Count.EqualTo(2));
        Assert.That(errors[0], Does.StartWith("cities/330100-test.yaml:14:37: error: invalid regular expression '(['"));
        Assert.That(errors[1], Does.StartWith("cities/330100-test.yaml:16:44: error: invalid regular expression '(?<'"));
    }

    [Test]
    public void Load_ManyBadSteps_ReportsAllOfThemAtOnce()
    {
        var errors = _folder.StepErrors("""
            - clik: a
            - fill: { label: x }
            - screenshot: Bad
            """);

        Assert.That(errors.Select(e => e.Split(": error:")[0]), Is.EqualTo(new[]
        {
            "cities/330100-test.yaml:14:9", "cities/330100-test.yaml:15:15", "cities/330100-test.yaml:16:21",
        }));
    }

    private static TestCaseData Case(string name, string steps, params string[] expected) =>
        new TestCaseData(steps, expected).SetArgDisplayNames(name);

    private static string E(int line, int column, string message) => $"cities/330100-test.yaml:{line}:{column}: error: {message}";
}
