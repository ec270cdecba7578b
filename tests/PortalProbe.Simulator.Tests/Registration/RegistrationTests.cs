using PortalProbe.Simulator.Tests.Support;
using static PortalProbe.Simulator.Tests.Support.PortalSteps;

namespace PortalProbe.Simulator.Tests.Registration;

[CancelAfter(30_000)]
public sealed class RegistrationTests
{
    [Test]
    public async Task RegisterForm_Get_HasLabelledFieldsAndButtons()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.GetReplyAsync("/register", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.Body, Does.Contain("<label for=\"phone\">手机号</label><input type=\"tel\" id=\"phone\" name=\"phone\""));
            Assert.That(reply.Body, Does.Contain("<label for=\"code\">短信验证码</label><input type=\"text\" id=\"code\" name=\"code\""));
            Assert.That(reply.Body, Does.Contain("<label for=\"password\">密码</label><input type=\"password\" id=\"password\" name=\"password\""));
            Assert.That(reply.Body, Does.Contain(">获取验证码</button>").And.Contain("fetch('/api/sms/send'"));
            Assert.That(reply.Body, Does.Contain("<button type=\"submit\" id=\"register-submit\">注册</button>"));
        });
    }

    [Test]
    public async Task Register_FullFlow_ShowsSuccessWithMaskedPhoneOnly()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var sent = await client.SendSmsAsync(Phone, TestPortals.Ct);
        var code = await client.ReadSmsCodeAsync(Phone, TestPortals.Ct);
        var reply = await client.RegisterAsync(Phone, code, Password, TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(sent.Status, Is.EqualTo(200));
            Assert.That(sent.Body, Does.Contain("验证码已发送").And.Not.Contain(Phone));
            Assert.That(code, Does.Match("^[0-9]{6}$"));
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.Body, Does.Contain("<h1>注册成功</h1>").And.Contain(MaskedPhone));
            Assert.That(reply.Body, Does.Not.Contain(Phone).And.Not.Contain(Password));
        });
    }

    [Test]
    public async Task Register_WrongCode_ShowsCodeErrorWithoutEchoingSecrets()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        await client.SendSmsAsync(Phone, TestPortals.Ct);
        var code = await client.ReadSmsCodeAsync(Phone, TestPortals.Ct);
        var wrong = code == "000000" ? "111111" : "000000";

        var reply = await client.RegisterAsync(Phone, wrong, Password, TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.Body, Does.Contain("<li>验证码错误</li>").And.Not.Contain("注册成功"));
            Assert.That(reply.Body, Does.Contain("id=\"register-form\""), "the form is shown again");
            Assert.That(reply.Body, Does.Not.Contain(Phone).And.Not.Contain(Password));
        });
    }

    [Test]
    public async Task Register_CodeNeverSent_ShowsCodeError()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.RegisterAsync(Phone, "123456", Password, TestPortals.Ct);

        Assert.That(reply.Body, Does.Contain("<li>验证码错误</li>"));
    }

    [Test]
    public async Task Register_SameCodeTwice_SecondIsRefused()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        await client.SendSmsAsync(Phone, TestPortals.Ct);
        var code = await client.ReadSmsCodeAsync(Phone, TestPortals.Ct);

        var first = await client.RegisterAsync(Phone, code, Password, TestPortals.Ct);
        var second = await client.RegisterAsync(Phone, code, Password, TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(first.Body, Does.Contain("注册成功"));
            Assert.That(second.Body, Does.Contain("<li>验证码错误</li>").And.Not.Contain("注册成功"));
        });
    }

    [Test]
    public async Task Register_BadPhoneAndShortPassword_ShowsEveryError()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.RegisterAsync("2381234567", "123456", "short", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.Body, Does.Contain("<li>手机号格式不正确</li>").And.Contain("<li>密码至少8位</li>"));
            Assert.That(reply.Body, Does.Not.Contain("2381234567").And.Not.Contain("value=\"short\""));
        });
    }

    [TestCase("1381234567")]
    [TestCase("23812345678")]
    [TestCase("1381234567x")]
    [TestCase("")]
    public async Task SendSms_InvalidPhone_Returns400WithMessage(string phone)
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.SendSmsAsync(phone, TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(400));
            Assert.That(reply.ContentType, Does.StartWith("application/json"));
            Assert.That(reply.Body, Does.Contain("\"ok\":false"));
        });
    }
}
