using PortalProbe.Cli.Bench;

namespace PortalProbe.Cli.Tests.Bench;

/// <summary>linkchecker 10.2's own CSV output (Debian 12), captured from runs against simulated portals and a local page.</summary>
public sealed class LinkcheckerCsvTests
{
    // Real output of: linkchecker --check-extern --ignore-url '^(?!https?://127\.)' --no-robots -o csv -v http://127.0.0.1:18778/t.html
    // for a page linking to mailto:a@b and http://0.0.0.0:1/y; the mailto row's info string spans two lines in quotes.
    private const string Filtered = """
        # created by LinkChecker at 2026-11-22 15:06:11+000
        # Read the documentation at https://linkchecker.github.io/linkchecker/
        # Write comments and bugs to https://github.com/linkchecker/linkchecker/issues
        urlname;parentname;base;result;warningstring;infostring;valid;url;line;column;name;dltime;size;checktime;cached;level;modified
        http://127.0.0.1:18778/t.html;;;200 OK;;;True;http://127.0.0.1:18778/t.html;;0.00028967857360839844;86;0.004711151123046875;0;0;
        mailto:a@b;http://127.0.0.1:18778/t.html;;filtered;;"Mailto URL ignored.
        The URL is outside of the domain filter, checked only syntax.";True;mailto:a@b;1;47;m;-1;-1;0;0;1;
        http://0.0.0.0:1/y;http://127.0.0.1:18778/t.html;;filtered;;The URL is outside of the domain filter, checked only syntax.;True;http://0.0.0.0:1/y;1;13;x;-1;-1;0;0;1;
        # Stopped checking at 2026-11-22 15:06:22+000 (10 seconds)
        """;

    // Real output without --ignore-url: the same links are requested, and fail.
    private const string Requested = """
        urlname;parentname;base;result;warningstring;infostring;valid;url;line;column;name;dltime;size;checktime;cached;level;modified
        http://127.1.1.3:18777/;;;200 OK;;;True;http://127.1.1.3:18777/;;6.556510925292969e-05;2836;0.011484146118164062;0;0;
        /tzgg/index.html;http://127.1.1.3:18777/;;200 OK;;;True;http://127.1.1.3:18777/tzgg/index.html;33;149;通知公告;6.461143493652344e-05;437;8.2890267;0;1;
        http://0.0.0.0:1/x;;;ConnectionError: HTTPConnectionPool(host='0.0.0.0', port=1): Max retries exceeded with url: /x (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f1d8abb5850>: Failed to establish a new connection: [Errno 111] Co...;;;False;http://0.0.0.0:1/x;;-1;-1;0.002668142318725586;0;0;
        """;

    [Test]
    public void Parse_FilteredRun_ReadsEveryRecordIncludingAQuotedMultiLineField()
    {
        var rows = LinkcheckerCsv.Parse(Filtered);

        Assert.That(rows.Select(r => (r.Url, r.Result, r.Valid)), Is.EqualTo(new[]
        {
            ("http://127.0.0.1:18778/t.html", "200 OK", true),
            ("mailto:a@b", "filtered", true),
            ("http://0.0.0.0:1/y", "filtered", true),
        }));
        Assert.That(rows[1].Parent, Is.EqualTo("http://127.0.0.1:18778/t.html"));
    }

    [Test]
    public void OutsideLoopback_FilteredRun_IsEmptyBecauseOnlySyntaxWasChecked()
    {
        var outcome = new LinkcheckerOutcome(TimeSpan.FromSeconds(1), LinkcheckerCsv.Parse(Filtered), 0, "linkchecker");

        Assert.That(outcome.OutsideLoopback, Is.Empty);
    }

    [Test]
    public void OutsideLoopback_RunWithoutIgnore_NamesTheRequestedAddress()
    {
        var rows = LinkcheckerCsv.Parse(Requested);
        var outcome = new LinkcheckerOutcome(TimeSpan.FromSeconds(1), rows, 1, "linkchecker");

        Assert.That(rows.Single(r => !r.Valid).Result, Does.StartWith("ConnectionError: HTTPConnectionPool(host='0.0.0.0'"));
        Assert.That(rows[1].Url, Is.EqualTo("http://127.1.1.3:18777/tzgg/index.html"));
        Assert.That(outcome.OutsideLoopback, Is.EqualTo(new[] { "http://0.0.0.0:1/x" }));
    }

    [Test]
    public void Arguments_PortalProbeLimits_IgnoreEverythingButLoopbackAndKeepTheSameTimeoutAndRate()
    {
        var links = new PortalProbe.Browser.Links.LinkOptions();

        var arguments = Linkchecker.Arguments([new Uri("http://127.1.1.3:8080/")], links, "/tmp/rc", "UA");

        Assert.That(string.Join(' ', arguments), Does.Contain("--ignore-url " + Linkchecker.NotLoopback).And.Contain("--timeout 15").And.Contain("--threads 16").And.Contain("--recursion-level 2").And.EndWith("http://127.1.1.3:8080/"));
        Assert.That(Linkchecker.ConfigText(links), Does.Contain("maxrequestspersecond=4"));
    }

    [TestCase("http://127.1.1.3:18777/a", false)]
    [TestCase("https://127.0.0.1", false)]
    [TestCase("http://127.evil.example/", true)]
    [TestCase("http://127.0.0.1.example.com/", true)]
    [TestCase("http://www.gov.cn/", true)]
    [TestCase("mailto:a@b", true)]
    public void NotLoopback_Url_IgnoresAllButLiteralLoopbackAddresses(string url, bool ignored) =>
        Assert.That(System.Text.RegularExpressions.Regex.IsMatch(url, Linkchecker.NotLoopback), Is.EqualTo(ignored));

    [TestCase("http://127.1.1.3:18777/a", true)]
    [TestCase("https://127.0.0.1/", true)]
    [TestCase("http://0.0.0.0:1/y", false)]
    [TestCase("mailto:a@b", false)]
    [TestCase("http://www.gov.cn/", false)]
    [TestCase("http://128.1.1.1/", false)]
    public void IsLoopbackUrl_Url_OnlyHttpOn127(string url, bool expected) =>
        Assert.That(Loopback.IsLoopbackUrl(url), Is.EqualTo(expected));
}
