using System.Text;
using PortalProbe.Browser.Links.Internal;

namespace PortalProbe.Browser.Tests.Links;

internal sealed class PageEncodingTests
{
    private static string Page(string head) => $"<html><head>{head}</head><body><a href=\"/xxgk/通知公告.html\">通知公告</a></body></html>";

    private static readonly Encoding Gbk = Load();

    [TestCase("text/html; charset=GBK", "")]
    [TestCase("text/html; charset=\"gb2312\"", "")]
    [TestCase("text/html", "<meta charset=\"gbk\">")]
    [TestCase("text/html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")]
    [TestCase(null, "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GB18030\">")]
    public void Decode_GbkDeclaredInHeaderOrMeta_ReadsTheChineseText(string? contentType, string meta)
    {
        var html = Page(meta);

        var decoded = PageEncoding.Decode(Gbk.GetBytes(html), contentType);

        Assert.That(decoded, Does.Contain("/xxgk/通知公告.html"));
    }

    [Test]
    public void Decode_NothingDeclared_ReadsUtf8()
    {
        var html = Page("");

        Assert.That(PageEncoding.Decode(Encoding.UTF8.GetBytes(html), "text/html"), Does.Contain("通知公告"));
    }

    [Test]
    public void Decode_UnknownCharset_FallsBackToUtf8()
    {
        Assert.That(PageEncoding.Decode(Encoding.UTF8.GetBytes("网站"), "text/html; charset=x-nonsense"), Is.EqualTo("网站"));
    }

    [TestCase("<meta http-equiv=\"refresh\" content=\"2;url=http://127.79.1.1/target\">", "http://127.79.1.1/target")]
    [TestCase("<meta http-equiv=\"Refresh\" content=\"0; URL='/inner'\">", "http://127.79.0.1/inner")]
    [TestCase("<script>setTimeout(function(){ window.location.href = \"http://127.79.1.1/x\"; }, 3000);</script>", "http://127.79.1.1/x")]
    [TestCase("<script>location.replace('http://127.79.1.1/y')</script>", "http://127.79.1.1/y")]
    public void JumpTarget_RefreshOrScript_IsFound(string head, string target)
    {
        var document = ServedLinks.Parse($"<html><head>{head}</head><body>您即将离开本网站</body></html>");

        Assert.That(JumpPage.Target(document, new Uri("http://127.79.0.1/jump")), Is.EqualTo(new Uri(target)));
    }

    [TestCase("<script>function login() { location.href = '/wx/oauth/authorize?appid=wx1'; }</script>")]
    [TestCase("<meta http-equiv=\"refresh\" content=\"300\">")]
    [TestCase("<script>var location_href = 1;</script>")]
    [TestCase("")]
    public void JumpTarget_OrdinaryPage_None(string head)
    {
        var document = ServedLinks.Parse($"<html><head>{head}</head><body><a href=\"/a\">a</a></body></html>");

        Assert.That(JumpPage.Target(document, new Uri("http://127.79.0.1/page")), Is.Null);
    }

    [Test]
    public void ServedLinks_ResolvesAgainstBaseAndSkipsOtherSchemesAndFragments()
    {
        var document = ServedLinks.Parse("""
            <html><head><base href="http://127.79.0.1/sub/"></head><body>
            <a href="a.html#top">a</a><a href="javascript:void(0)">js</a><a href="mailto:x@y.cn">m</a><a href="#">top</a>
            <map><area href="/b.html"></map></body></html>
            """);

        var links = ServedLinks.Find(document, new Uri("http://127.79.0.1/page"));

        Assert.That(links.Select(l => l.AbsoluteUri), Is.EqualTo(new[] { "http://127.79.0.1/sub/a.html", "http://127.79.0.1/sub/", "http://127.79.0.1/b.html" }));
    }

    private static Encoding Load()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }
}
