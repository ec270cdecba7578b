using PortalProbe.Checks.Tests.Support;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Tests.Parsing;

public sealed class TargetParsingTests
{
    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new ChecksFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [TestCase("\"#submit\"", TargetKind.Selector, "#submit")]
    [TestCase("\"text=登录\"", TargetKind.Selector, "text=登录")]
    [TestCase("{ selector: \"div >> nth=1\" }", TargetKind.Selector, "div >> nth=1")]
    [TestCase("{ css: \".btn.primary\" }", TargetKind.Selector, "css=.btn.primary")]
    [TestCase("{ xpath: \"//button[1]\" }", TargetKind.Selector, "xpath=//button[1]")]
    [TestCase("{ role: link }", TargetKind.Role, "link")]
    [TestCase("{ text: 我要投诉 }", TargetKind.Text, "我要投诉")]
    [TestCase("{ label: 手机号 }", TargetKind.Label, "手机号")]
    [TestCase("{ placeholder: 请输入 }", TargetKind.Placeholder, "请输入")]
    [TestCase("{ testid: submit }", TargetKind.TestId, "submit")]
    [TestCase("{ title: 帮助 }", TargetKind.Title, "帮助")]
    [TestCase("{ alt: 市徽 }", TargetKind.AltText, "市徽")]
    public void Parse_TargetForm_GivesKindAndValue(string target, TargetKind kind, string value)
    {
        var step = (ClickStep)_folder.ParseSteps($"- click: {target}")[0];

        Assert.That(step.Target.Kind, Is.EqualTo(kind));
        Assert.That(step.Target.Value.Raw, Is.EqualTo(value));
        Assert.That(step.Target.Name, Is.Null);
        Assert.That(step.Target.Exact, Is.False);
    }

    [Test]
    public void Parse_RoleWithNameAndExact_KeepsBoth()
    {
        var step = (ClickStep)_folder.ParseSteps("- click: { role: button, name: 提交, exact: true }")[0];

        Assert.That(step.Target.Kind, Is.EqualTo(TargetKind.Role));
        Assert.That(step.Target.Name!.Raw, Is.EqualTo("提交"));
        Assert.That(step.Target.Exact, Is.True);
    }

    [Test]
    public void Parse_TextWithExact_KeepsExact()
    {
        var step = (ClickStep)_folder.ParseSteps("- click: { text: 提交, exact: true }")[0];

        Assert.That(step.Target.Exact, Is.True);
    }

    [Test]
    public void Parse_TargetUnderTargetKey_EqualsInlineTarget()
    {
        var steps = _folder.ParseSteps("""
            - fill: { role: textbox, name: 姓名, value: 张三 }
            - fill: { target: { role: textbox, name: 姓名 }, value: 张三 }
            """);

        var inline = ((FillStep)steps[0]).Target;
        var nested = ((FillStep)steps[1]).Target;
        Assert.That((nested.Kind, nested.Value.Raw, nested.Name?.Raw), Is.EqualTo((inline.Kind, inline.Value.Raw, inline.Name?.Raw)));
    }

    [Test]
    public void Parse_TargetWithVariable_KeepsTheReference()
    {
        var step = (ClickStep)_folder.ParseSteps("- click: { text: \"${city.name}12345\" }")[0];

        Assert.That(step.Target.Value.VariableNames, Is.EqualTo(new[] { "city.name" }));
    }
}
