using PortalProbe.Checks.Tests.Support;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Tests.Parsing;

public sealed class ConditionParsingTests
{
    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new ChecksFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    private Expectation Expect(string condition) => ((ExpectStep)_folder.ParseSteps($"- expect: {condition}")[0]).Expectation;

    [Test]
    public void Parse_VisibleAndHidden_GiveTheirTargets()
    {
        Assert.That(((VisibleExpectation)Expect("{ visible: \"#ok\" }")).Target.ToString(), Is.EqualTo("#ok"));
        Assert.That(((HiddenExpectation)Expect("{ hidden: { text: 加载中 } }")).Target.Kind, Is.EqualTo(TargetKind.Text));
    }

    [Test]
    public void Parse_Enabled_GivesItsTarget()
    {
        var enabled = (EnabledExpectation)Expect("{ enabled: { role: button, name: 提交 } }");

        Assert.That(enabled.Target.Kind, Is.EqualTo(TargetKind.Role));
    }

    [Test]
    public void Parse_TextContains_IsASubstringMatch()
    {
        var text = (TextExpectation)Expect("{ text: \"#result\", contains: 注册成功 }");

        Assert.That(text.Target.ToString(), Is.EqualTo("#result"));
        Assert.That((text.Match.Text.Raw, text.Match.IsRegex), Is.EqualTo(("注册成功", false)));
    }

    [Test]
    public void Parse_TextMatches_IsARegex()
    {
        var text = (TextExpectation)Expect("{ text: { testid: ticket }, matches: \"^[A-Z]{2}\\\\d+$\" }");

        Assert.That((text.Match.Text.Raw, text.Match.IsRegex), Is.EqualTo((@"^[A-Z]{2}\d+$", true)));
    }

    [TestCase("{ url: /login }", "/login", false)]
    [TestCase("{ url: { contains: /login } }", "/login", false)]
    [TestCase("{ url: { matches: \"/user/\\\\d+\" } }", @"/user/\d+", true)]
    public void Parse_Url_TakesPlainTextOrMatch(string condition, string text, bool isRegex)
    {
        var url = (UrlExpectation)Expect(condition);

        Assert.That((url.Match.Text.Raw, url.Match.IsRegex), Is.EqualTo((text, isRegex)));
    }

    [TestCase("{ title: 12345 }", "12345", false)]
    [TestCase("{ title: { matches: \"热线$\" } }", "热线$", true)]
    public void Parse_Title_TakesPlainTextOrMatch(string condition, string text, bool isRegex)
    {
        var title = (TitleExpectation)Expect(condition);

        Assert.That((title.Match.Text.Raw, title.Match.IsRegex), Is.EqualTo((text, isRegex)));
    }

    [TestCase("equals: 3", CountComparison.Equal, 3)]
    [TestCase("at-least: 1", CountComparison.AtLeast, 1)]
    [TestCase("at-most: 0", CountComparison.AtMost, 0)]
    public void Parse_Count_GivesComparisonAndValue(string comparison, CountComparison expected, int value)
    {
        var count = (CountExpectation)Expect($"{{ count: \"ul.news li\", {comparison} }}");

        Assert.That((count.Comparison, count.Value), Is.EqualTo((expected, value)));
        Assert.That(count.Target.ToString(), Is.EqualTo("ul.news li"));
    }

    [Test]
    public void Parse_RegexWithReference_IsNotCompiledAtParseTime()
    {
        var text = (TextExpectation)Expect("{ text: \"#r\", matches: \"${city.name}(\" }");

        Assert.That(text.Match.Text.VariableNames, Is.EqualTo(new[] { "city.name" }));
    }
}
