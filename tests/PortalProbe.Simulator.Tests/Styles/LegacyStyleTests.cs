using System.Text;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Tests.Support;

namespace PortalProbe.Simulator.Tests.Styles;

[CancelAfter(30_000)]
public sealed class LegacyStyleTests
{
    private static readonly Encoding GbkEncoding = LoadGbk();

    private static PortalPersonality Legacy(int layout = 0, SubmissionMode submission = SubmissionMode.Ok) => TestPortals.Hangzhou() with
    {
        Style = PortalStyle.PcLegacy,
        Submission = submission,
        Vocabulary = new PortalVocabulary { Layout = layout, Appeal = "我要投诉" },
    };

    [Test]
    public async Task Home_Get_IsGbkEncodedTableLayout()
    {
        await using var host = await TestPortals.StartAsync(Legacy());
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.HangzhouCode));

        var (status, body, type, _) = await Raw.SendAsync(client, HttpMethod.Get, "/", TestPortals.Ct);
        var html = GbkEncoding.GetString(body);

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(type, Does.Contain("charset=GBK"));
            Assert.That(html, Does.Contain("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"));
            Assert.That(html, Does.Contain("杭州市12345政务服务便民热线").And.Contain("<table width=\"980\""));
            Assert.That(html, Does.Contain("href=\"/zxts/appeal.do\"").And.Contain("我要投诉"));
            Assert.That(Encoding.UTF8.GetString(body), Does.Not.Contain("杭州市"), "the bytes are GBK, not UTF-8");
        });
    }

    [Test]
    public async Task AppealPage_Get_HoldsTheFormInAnIframe()
    {
        await using var host = await TestPortals.StartAsync(Legacy());
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.HangzhouCode));

        var outer = GbkEncoding.GetString((await Raw.SendAsync(client, HttpMethod.Get, "/zxts/appeal.do", TestPortals.Ct)).Body);
        var frame = GbkEncoding.GetString((await Raw.SendAsync(client, HttpMethod.Get, "/zxts/appeal_form.do", TestPortals.Ct)).Body);

        Assert.Multiple(() =>
        {
            Assert.That(outer, Does.Contain("<iframe id=\"appealFrame\" name=\"appealFrame\" src=\"/zxts/appeal_form.do\""));
            Assert.That(frame, Does.Contain("id=\"txtTitle\"").And.Contain("id=\"btnSubmit\" value=\"提 交\" onclick=\"checkForm();\""));
        });
    }

    [Test]
    public async Task Save_GbkForm_IssuesTicketWithAlertAndQueryNeedsThePhone()
    {
        await using var host = await TestPortals.StartAsync(Legacy());
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.HangzhouCode));
        var body = $"ddlType={Gbk("投诉")}&txtTitle={Gbk("路灯不亮")}&txtContent={Gbk("西湖区某小区门口的路灯已经一周不亮了，请尽快维修。")}&txtPhone=13812345678&chkAgree=1";
        using var form = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");

        var saved = await Raw.SendAsync(client, HttpMethod.Post, "/zxts/appeal_save.do", TestPortals.Ct, content: form);
        var html = GbkEncoding.GetString(saved.Body);
        var ticket = html[(html.IndexOf("<span id=\"lblSlbh\">", StringComparison.Ordinal) + 19)..].Split('<')[0];
        var withPhone = GbkEncoding.GetString((await Raw.SendAsync(client, HttpMethod.Get, $"/zxts/query.do?txtSlbh={ticket}&txtCxdh=13812345678", TestPortals.Ct)).Body);
        var withoutPhone = GbkEncoding.GetString((await Raw.SendAsync(client, HttpMethod.Get, $"/zxts/query.do?txtSlbh={ticket}&txtCxdh=", TestPortals.Ct)).Body);

        Assert.Multiple(() =>
        {
            Assert.That(saved.Status, Is.EqualTo(200));
            Assert.That(html, Does.Contain("alert('提交成功！您的受理编号为：HZ"));
            Assert.That(ticket, Does.StartWith("HZ"));
            Assert.That(withPhone, Does.Contain("<span id=\"lblZt\">已受理</span>").And.Contain("路灯不亮"));
            Assert.That(withoutPhone, Does.Contain("未查询到相关工单"));
        });
    }

    [Test]
    public async Task Save_MissingTitle_AnswersWithAnAlertAndHistoryBack()
    {
        await using var host = await TestPortals.StartAsync(Legacy());
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.HangzhouCode));
        using var form = new StringContent("ddlType=" + Gbk("咨询"), Encoding.ASCII, "application/x-www-form-urlencoded");

        var reply = await Raw.SendAsync(client, HttpMethod.Post, "/zxts/appeal_save.do", TestPortals.Ct, content: form);

        Assert.That(GbkEncoding.GetString(reply.Body), Does.Contain("alert('请填写标题');history.back();"));
    }

    [Test]
    public async Task Ids_OtherLayout_UsePinyinNames()
    {
        await using var host = await TestPortals.StartAsync(Legacy(layout: 1));
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.HangzhouCode));

        var frame = GbkEncoding.GetString((await Raw.SendAsync(client, HttpMethod.Get, "/zxts/appeal_form.do", TestPortals.Ct)).Body);

        Assert.That(frame, Does.Contain("id=\"bt\"").And.Contain("id=\"tj\"").And.Not.Contain("txtTitle"));
    }

    [Test]
    public async Task Frame_FormNeverLoads_Is503AndEmpty()
    {
        await using var host = await TestPortals.StartAsync(Legacy(submission: SubmissionMode.FormNeverLoads));
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.HangzhouCode));

        var frame = await Raw.SendAsync(client, HttpMethod.Get, "/zxts/appeal_form.do", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(frame.Status, Is.EqualTo(503));
            Assert.That(GbkEncoding.GetString(frame.Body), Does.Not.Contain("<form"));
        });
    }

    [Test]
    public async Task Search_GbkQuery_FindsTheQuestion()
    {
        var portal = Legacy() with { Search = SearchChannels.SiteSearch | SearchChannels.Faq };
        await using var host = await TestPortals.StartAsync(portal);
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.HangzhouCode));

        var reply = await Raw.SendAsync(client, HttpMethod.Get, "/search.do?txtKeyword=" + Gbk("企业开办"), TestPortals.Ct);

        Assert.That(GbkEncoding.GetString(reply.Body), Does.Contain("id=\"tblSearch\"").And.Contain("企业开办一件事怎么办理？"));
    }

    [TestCase("/search.do?txtKeyword=%E4%B8%AD%")]
    [TestCase("/zxts/query.do?txtSlbh=%ZZ%%&txtCxdh=%")]
    [TestCase("/nothing.do")]
    public async Task Get_MalformedOrUnknown_NeverA500(string path)
    {
        var portal = Legacy() with { Search = SearchChannels.SiteSearch | SearchChannels.Faq };
        await using var host = await TestPortals.StartAsync(portal);
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.HangzhouCode));

        var reply = await Raw.SendAsync(client, HttpMethod.Get, path, TestPortals.Ct);

        Assert.That(reply.Status, Is.AnyOf(200, 404));
    }

    [Test]
    public async Task Post_NotAForm_Is400InGbk()
    {
        await using var host = await TestPortals.StartAsync(Legacy());
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.HangzhouCode));
        using var json = new StringContent("{\"a\":1}", Encoding.UTF8, "application/json");

        var reply = await Raw.SendAsync(client, HttpMethod.Post, "/zxts/appeal_save.do", TestPortals.Ct, content: json);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(400));
            Assert.That(GbkEncoding.GetString(reply.Body), Does.Contain("请求有误"));
        });
    }

    private static string Gbk(string text) => System.Web.HttpUtility.UrlEncode(text, GbkEncoding);

    private static Encoding LoadGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }
}
