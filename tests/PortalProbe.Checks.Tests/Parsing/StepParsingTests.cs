using PortalProbe.Checks.Tests.Support;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Tests.Parsing;

public sealed class StepParsingTests
{
    private ChecksFolder _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new ChecksFolder();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [Test]
    public void Parse_Goto_GivesUrlTemplateAndStepLocation()
    {
        var step = (GotoStep)_folder.ParseSteps("- goto: ${entry}login")[0];

        Assert.That(step.Url.Raw, Is.EqualTo("${entry}login"));
        Assert.That(step.Url.VariableNames, Is.EqualTo(new[] { "entry" }));
        Assert.That(step.Location, Is.EqualTo(new SourceLocation(_folder.PathOf(CityScripts.CityFile), 14, 9)));
    }

    [Test]
    public void Parse_SmsCode_GivesThePhoneTemplateAndDefinesTheVariable()
    {
        var step = (SmsCodeStep)_folder.ParseSteps("- sms-code: { phone: \"13800000000\", into: sms_code }")[0];

        Assert.That(step.Phone.Raw, Is.EqualTo("13800000000"));
        Assert.That(step.Defines, Is.EqualTo(new[] { "sms_code" }));
        Assert.That(step.Describe(), Does.Not.Contain("13800000000"), "the description never shows the phone");
    }

    [Test]
    public void Parse_ClickAndCheck_TakeATarget()
    {
        var steps = _folder.ParseSteps("""
            - click: "#submit"
            - check: { label: 同意协议 }
            """);

        Assert.That(steps[0], Is.TypeOf<ClickStep>());
        Assert.That(((ClickStep)steps[0]).Target.ToString(), Is.EqualTo("#submit"));
        Assert.That(((CheckStep)steps[1]).Target.Kind, Is.EqualTo(TargetKind.Label));
        Assert.That(((CheckStep)steps[1]).Target.Value.Raw, Is.EqualTo("同意协议"));
    }

    [Test]
    public void Parse_FillWithInlineTarget_GivesTargetValueAndSensitivity()
    {
        var steps = _folder.ParseSteps("""
            - fill: { placeholder: 请输入手机号, value: "13800000000" }
            - fill: { target: "#pwd", value: secret, sensitive: true }
            """);

        var phone = (FillStep)steps[0];
        var password = (FillStep)steps[1];
        Assert.That(phone.Target, Is.EqualTo(new Target(TargetKind.Placeholder, phone.Target.Value)));
        Assert.That(phone.Value.Raw, Is.EqualTo("13800000000"));
        Assert.That(phone.IsSensitive, Is.False);
        Assert.That(password.Target.ToString(), Is.EqualTo("#pwd"));
        Assert.That(password.IsSensitive, Is.True);
    }

    [Test]
    public void Parse_FillWithSecret_IsSensitiveWithoutTheFlag()
    {
        var step = (FillStep)_folder.ParseSteps(
            """- fill: { testid: phone, value: "${secret:HZ_PHONE}" }""",
            new Dictionary<string, string> { ["HZ_PHONE"] = "13800000000" })[0];

        Assert.That(step.Sensitive, Is.False);
        Assert.That(step.IsSensitive, Is.True);
        Assert.That(step.Value.SecretNames, Is.EqualTo(new[] { "HZ_PHONE" }));
    }

    [Test]
    public void Parse_Select_GivesTargetAndOption()
    {
        var step = (SelectStep)_folder.ParseSteps("- select: { label: 诉求类型, value: 投诉 }")[0];

        Assert.That(step.Target.Kind, Is.EqualTo(TargetKind.Label));
        Assert.That(step.Value.Raw, Is.EqualTo("投诉"));
    }

    [Test]
    public void Parse_PressBothForms_GivesKeyAndOptionalTarget()
    {
        var steps = _folder.ParseSteps("""
            - press: Enter
            - press: { key: Tab, css: "input.search" }
            """);

        var plain = (PressStep)steps[0];
        var onTarget = (PressStep)steps[1];
        Assert.That(plain.Key.Raw, Is.EqualTo("Enter"));
        Assert.That(plain.Target, Is.Null);
        Assert.That(onTarget.Key.Raw, Is.EqualTo("Tab"));
        Assert.That(onTarget.Target!.ToString(), Is.EqualTo("css=input.search"));
    }

    [Test]
    public void Parse_WaitForBothForms_DefaultsToVisible()
    {
        var steps = _folder.ParseSteps("""
            - wait-for: ".loaded"
            - wait-for: { text: 加载中, state: hidden }
            - wait-for: { target: { role: dialog }, state: detached }
            - wait-for: { testid: result, state: attached }
            """);

        Assert.That(steps.Cast<WaitForStep>().Select(s => s.State), Is.EqualTo(new[]
        {
            WaitState.Visible, WaitState.Hidden, WaitState.Detached, WaitState.Attached,
        }));
        Assert.That(((WaitForStep)steps[1]).Target.Kind, Is.EqualTo(TargetKind.Text));
        Assert.That(((WaitForStep)steps[2]).Target.Kind, Is.EqualTo(TargetKind.Role));
    }

    [Test]
    public void Parse_Expect_GivesTheCondition()
    {
        var step = (ExpectStep)_folder.ParseSteps("- expect: { visible: { role: heading, name: 登录 } }")[0];

        Assert.That(step.Expectation, Is.TypeOf<VisibleExpectation>());
        Assert.That(step.Describe(), Is.EqualTo("expect role=heading[name=\"登录\"] visible"));
    }

    [Test]
    public void Parse_ManualWhen_GivesConditionAndReason()
    {
        var step = (ManualWhenStep)_folder.ParseSteps("- manual-when: { visible: .captcha, reason: 图形验证码 }")[0];

        Assert.That(step.Condition, Is.TypeOf<VisibleExpectation>());
        Assert.That(step.Reason.Raw, Is.EqualTo("图形验证码"));
    }

    [Test]
    public void Parse_Extract_DefinesItsVariable()
    {
        var steps = _folder.ParseSteps("""
            - extract: { css: "#ticket", into: ticket, regex: "编号：(\\d+)" }
            - extract: { target: "a.detail", into: link, attribute: href }
            - goto: ${link}?id=${ticket}
            """);

        var ticket = (ExtractStep)steps[0];
        var link = (ExtractStep)steps[1];
        Assert.That((ticket.Into, ticket.Attribute, ticket.Pattern), Is.EqualTo(("ticket", (string?)null, (string?)@"编号：(\d+)")));
        Assert.That(ticket.Target.ToString(), Is.EqualTo("css=#ticket"));
        Assert.That((link.Into, link.Attribute, link.Pattern), Is.EqualTo(("link", (string?)"href", (string?)null)));
        Assert.That(ticket.Defines, Is.EqualTo(new[] { "ticket" }));
    }

    [Test]
    public void Parse_ScreenshotBothForms_GivesNameAndFullPage()
    {
        var steps = _folder.ParseSteps("""
            - screenshot: home
            - screenshot: { name: after-submit, full-page: true }
            """);

        Assert.That(steps.Cast<ScreenshotStep>().Select(s => (s.Name, s.FullPage)), Is.EqualTo(new[]
        {
            ("home", false), ("after-submit", true),
        }));
    }

    [Test]
    public void Parse_LabelAndTimeout_AreSetOnTheStep()
    {
        var steps = _folder.ParseSteps("""
            - click: "#a"
              label: 点击提交
              timeout: 500ms
            - click: "#b"
              timeout: 5s
            - click: "#c"
              timeout: 2m
            - click: "#d"
            """);

        Assert.That(steps[0].Label, Is.EqualTo("点击提交"));
        Assert.That(steps.Select(s => s.Timeout), Is.EqualTo(new TimeSpan?[]
        {
            TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(2), null,
        }));
    }

    [Test]
    public void Parse_LiveOnly_MarksTheStep()
    {
        var steps = _folder.ParseSteps("""
            - click: "#send-sms"
              live-only: true
            - click: "#other"
            """);

        Assert.That(steps.Select(s => s.LiveOnly), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void Parse_NumberScalar_IsTakenAsItsText()
    {
        var step = (FillStep)_folder.ParseSteps("- fill: { label: 年龄, value: 42 }")[0];

        Assert.That(step.Value.Raw, Is.EqualTo("42"));
    }

    [Test]
    public void Parse_StepLocations_PointAtEachStep()
    {
        var steps = _folder.ParseSteps("""
            - goto: ${entry}
            - click:
                role: button
                name: 提交
            - screenshot: done
            """);

        Assert.That(steps.Select(s => (s.Location.Line, s.Location.Column)), Is.EqualTo(new[] { (14, 9), (15, 9), (18, 9) }));
    }
}
