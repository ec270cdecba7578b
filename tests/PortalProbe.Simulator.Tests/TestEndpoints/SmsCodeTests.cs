using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Tests.Support;
using static PortalProbe.Simulator.Tests.Support.PortalSteps;

namespace PortalProbe.Simulator.Tests.TestEndpoints;

[CancelAfter(30_000)]
public sealed class SmsCodeTests
{
    [Test]
    public async Task Sms_NoCodeSent_Returns404()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.GetReplyAsync($"/__test/sms?phone={Phone}", TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(404));
    }

    [TestCase("")]
    [TestCase("?phone=abc")]
    public async Task Sms_BadPhone_Returns400(string query)
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.GetReplyAsync("/__test/sms" + query, TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(400));
    }

    [Test]
    public async Task Sms_SameInputsOnTwoHosts_CodesRepeat()
    {
        var first = await SendThreeAsync(TestPortals.Hangzhou());
        var second = await SendThreeAsync(TestPortals.Hangzhou() with { Address = "127.77.0.9" });

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(first.Distinct().Count(), Is.EqualTo(3), "each send gives a new code");
        });
    }

    [Test]
    public async Task Sms_OtherCityOrPhone_GivesOtherCodes()
    {
        var hangzhou = await SendThreeAsync(TestPortals.Hangzhou());
        var ningbo = await SendThreeAsync(TestPortals.Ningbo());

        Assert.That(ningbo, Is.Not.EqualTo(hangzhou));
    }

    [Test]
    public async Task Sms_SecondSend_ReplacesFirstCode()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        await client.SendSmsAsync(Phone, TestPortals.Ct);
        var old = await client.ReadSmsCodeAsync(Phone, TestPortals.Ct);
        await client.SendSmsAsync(Phone, TestPortals.Ct);
        var current = await client.ReadSmsCodeAsync(Phone, TestPortals.Ct);

        var withOld = await client.RegisterAsync(Phone, old, Password, TestPortals.Ct);
        var withCurrent = await client.RegisterAsync(Phone, current, Password, TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(withOld.Body, Does.Contain("验证码错误"));
            Assert.That(withCurrent.Body, Does.Contain("注册成功"));
        });
    }

    [Test]
    public async Task Sms_CodeLengthFromPersonality_IsUsed()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou() with { SmsCodeLength = 4 });
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        await client.SendSmsAsync(Phone, TestPortals.Ct);

        var code = await client.ReadSmsCodeAsync(Phone, TestPortals.Ct);

        Assert.That(code, Does.Match("^[0-9]{4}$"));
    }

    [Test]
    public async Task Health_Get_ReturnsOk()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.GetReplyAsync("/__test/health", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.ContentType, Does.StartWith("text/plain"));
            Assert.That(reply.Body, Is.EqualTo("ok"));
        });
    }

    private static async Task<List<string>> SendThreeAsync(PortalPersonality portal)
    {
        await using var host = await TestPortals.StartAsync(portal);
        using var client = host.ClientFor(portal.CityCode);
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            await client.SendSmsAsync(Phone, TestPortals.Ct);
            codes.Add(await client.ReadSmsCodeAsync(Phone, TestPortals.Ct));
        }

        return codes;
    }
}
