using System.Text.RegularExpressions;
using PortalProbe.Simulator.Tests.Support;
using static PortalProbe.Simulator.Tests.Handwritten.HandwrittenHost;

namespace PortalProbe.Simulator.Tests.Handwritten;

/// <summary>南宁市12345 (fixtures/handwritten/450100-nanning), over HTTP: a bare old portal with form posts and alert().</summary>
[CancelAfter(30_000)]
public sealed partial class NanningPortalTests
{
    private const string Phone = "13900139000";

    [TestCase("/", "「<a href=\"/wyxx.htm\">我要写信</a>」")]
    [TestCase("/index.htm", "id=\"xglj\"")]
    [TestCase("/reg.htm", "<img id=\"yzmImg\" src=\"/servlet/yzm\" alt=\"验证码\"")]
    [TestCase("/login.htm", "alt=\"验证码\"")]
    [TestCase("/wyxx.htm", "value=\"我已阅读，开始写信\"")]
    [TestCase("/xjcx.htm", "<label for=\"mm\">查询密码：</label>")]
    [TestCase("/cjwt.htm", "<ol id=\"wtlb\">")]
    [TestCase("/ltj.htm", "<td>2023-11-06</td>")]
    [TestCase("/nn.css", "#wrap")]
    public async Task Page_AsWritten_AnswersWithItsMarkup(string path, string marker)
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(NanningCode);

        var reply = await client.GetReplyAsync(path, TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(200));
        Assert.That(reply.Body, Does.Contain(marker));
    }

    [Test]
    public async Task MissingPage_Answers404WithTheSitesOwnPage()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(NanningCode);

        var reply = await client.GetReplyAsync("/xxgk/index.htm", TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(404));
        Assert.That(reply.Body, Does.Contain("对不起，您访问的页面不存在或已删除"));
    }

    [Test]
    public async Task CodeImage_EachRequest_DrawsFourDigitsTheBackDoorKnows()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(NanningCode);

        var image = await client.GetReplyAsync("/servlet/yzm", TestPortals.Ct);
        var code = (await client.GetReplyAsync("/__test/captcha", TestPortals.Ct)).Body;

        Assert.That(image.ContentType, Does.StartWith("image/svg+xml"));
        Assert.That(code, Does.Match("^[0-9]{4}$"));
        Assert.That(string.Concat(Digits().Matches(image.Body).Select(m => m.Groups[1].Value)), Is.EqualTo(code));
    }

    [Test]
    public async Task Registration_WithTheCodeAPersonReads_RegistersThenLogsIn()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(NanningCode);

        var registered = await client.PostFormAsync("/servlet/reg", Account(await ReadCodeAsync(client), "pwd2"), TestPortals.Ct);
        var login = await client.PostFormAsync("/servlet/login", Account(await ReadCodeAsync(client)), TestPortals.Ct);

        Assert.That(registered.Body, Does.Contain("alert('注册成功！请登录。');location.href='/login.htm';"));
        Assert.That(login.Body, Does.Contain("alert('登录成功！')"));
    }

    [Test]
    public async Task Registration_WrongCode_AlertsAndGoesBack()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(NanningCode);
        var shown = await ReadCodeAsync(client);
        var wrong = shown == "0000" ? "1111" : "0000";

        var reply = await client.PostFormAsync("/servlet/reg", Account(wrong, "pwd2"), TestPortals.Ct);

        Assert.That(reply.Body, Does.Contain("alert('验证码错误！');history.back();"));
    }

    [Test]
    public async Task Registration_CodeUsedOnce_CannotBeReplayed()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(NanningCode);
        var code = await ReadCodeAsync(client);
        await client.PostFormAsync("/servlet/reg", Account(code, "pwd2"), TestPortals.Ct);

        var replay = await client.PostFormAsync("/servlet/login", Account(code), TestPortals.Ct);

        Assert.That(replay.Body, Does.Contain("alert('验证码错误！')"));
    }

    [Test]
    public async Task Letter_Complete_AlertsTheNumberAndShowsNumberAndQueryPassword()
    {
        await using var host = await StartAsync(new FakeTime(Monday));
        using var client = host.ClientFor(NanningCode);

        var reply = await client.PostFormAsync("/servlet/letter", Letter(), TestPortals.Ct);
        var password = Regex.Match(reply.Body, "<b id=\"cxmm\">([0-9]{6})</b>").Groups[1].Value;

        Assert.That(reply.Status, Is.EqualTo(200));
        Assert.That(reply.Body, Does.Contain($"alert('提交成功！您的信件编号为：NN202406030001，查询密码为：{password}，请妥善保管。');"));
        Assert.That(reply.Body, Does.Contain("<b id=\"xjbh\">NN202406030001</b>"));
        Assert.That(password, Has.Length.EqualTo(6));
    }

    [TestCase("xm", "", "请填写姓名！")]
    [TestCase("dh", "12345", "请填写正确的手机号码！")]
    [TestCase("lb", "表扬", "请选择信件类别！")]
    [TestCase("nr", "内容太短了不够二十个字", "信件内容不少于20字！")]
    public async Task Letter_BadField_AlertsAndGoesBackWithoutANumber(string field, string value, string alert)
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(NanningCode);

        var reply = await client.PostFormAsync("/servlet/letter", Letter(field, value), TestPortals.Ct);

        Assert.That(reply.Body, Does.Contain($"alert('{alert}');history.back();"));
        Assert.That(reply.Body, Does.Not.Contain("xjbh"));
    }

    [Test]
    public async Task Query_NumberAndPassword_ShowsStateAndLaterTheReply()
    {
        var time = new FakeTime(Monday);
        await using var host = await StartAsync(time);
        using var client = host.ClientFor(NanningCode);
        var letter = (await client.PostFormAsync("/servlet/letter", Letter(), TestPortals.Ct)).Body;
        var number = Regex.Match(letter, "<b id=\"xjbh\">(NN[0-9]+)</b>").Groups[1].Value;
        var password = Regex.Match(letter, "<b id=\"cxmm\">([0-9]{6})</b>").Groups[1].Value;

        var accepted = await client.GetReplyAsync($"/servlet/query?bh={number}&mm={password}", TestPortals.Ct);
        time.Advance(TimeSpan.FromDays(7));
        var fiveWorkingDaysLater = await client.GetReplyAsync($"/servlet/query?bh={number}&mm={password}", TestPortals.Ct);
        time.Advance(TimeSpan.FromDays(7));
        var closed = await client.GetReplyAsync($"/servlet/query?bh={number}&mm={password}", TestPortals.Ct);

        Assert.That(accepted.Body, Does.Contain("<td id=\"zt\">已受理</td>"));
        Assert.That(fiveWorkingDaysLater.Body, Does.Contain("<td id=\"zt\">办理中</td>"), "8 working days: not replied within 5");
        Assert.That(closed.Body, Does.Contain("<td id=\"zt\">已办结</td>").And.Contain("答复日期：2024-06-14"));
    }

    [Test]
    public async Task Query_WrongPassword_SaysNumberOrPasswordIsWrong()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(NanningCode);
        var letter = (await client.PostFormAsync("/servlet/letter", Letter(), TestPortals.Ct)).Body;
        var number = Regex.Match(letter, "<b id=\"xjbh\">(NN[0-9]+)</b>").Groups[1].Value;
        var password = Regex.Match(letter, "<b id=\"cxmm\">([0-9]{6})</b>").Groups[1].Value;
        var wrong = password == "000000" ? "111111" : "000000";

        var reply = await client.GetReplyAsync($"/servlet/query?bh={number}&mm={wrong}", TestPortals.Ct);

        Assert.That(reply.Body, Does.Contain("信件编号或查询密码不正确").And.Not.Contain("id=\"zt\""));
    }

    [Test]
    public async Task Query_NothingTyped_AlertsAndGoesBack()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(NanningCode);

        var reply = await client.GetReplyAsync("/servlet/query", TestPortals.Ct);

        Assert.That(reply.Body, Does.Contain("alert('请输入信件编号和查询密码！')"));
    }

    [Test]
    public async Task Letter_NotAForm_AlertsInsteadOfFailing()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(NanningCode);
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

        var reply = await client.PostReplyAsync("/servlet/letter", content, TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(200));
        Assert.That(reply.Body, Does.Contain("alert('请求参数错误！')"));
    }

    [Test]
    public async Task XianEndpoints_OnNanning_AreNotServed()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(NanningCode);
        using var content = JsonContent(new { question = "企业开办" });

        var reply = await client.PostReplyAsync("/api/ywtb/robot", content, TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(405), "a static path of the old portal: only GET and HEAD");
    }

    private static async Task<string> ReadCodeAsync(HttpClient client)
    {
        await client.GetReplyAsync("/servlet/yzm", TestPortals.Ct);
        return (await client.GetReplyAsync("/__test/captcha", TestPortals.Ct)).Body;
    }

    private static Dictionary<string, string> Account(string code, string? confirmField = null)
    {
        var fields = new Dictionary<string, string> { ["email"] = "probe@example.com", ["pwd"] = "Probe2026", ["yzm"] = code };
        if (confirmField is not null)
        {
            fields[confirmField] = "Probe2026";
        }

        return fields;
    }

    private static Dictionary<string, string> Letter(string? field = null, string? value = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["xm"] = "12345测评员",
            ["dh"] = Phone,
            ["yx"] = "",
            ["lb"] = "咨询",
            ["bt"] = "【测评】咨询企业开办一件事的办理渠道",
            ["nr"] = "【测评】此为12345互联网渠道测评的测试来信，请勿转办。想了解企业开办一件事的办理渠道。",
            ["gk"] = "0",
        };
        if (field is not null)
        {
            fields[field] = value!;
        }

        return fields;
    }

    [GeneratedRegex("<text [^>]*>([0-9])</text>")]
    private static partial Regex Digits();
}
