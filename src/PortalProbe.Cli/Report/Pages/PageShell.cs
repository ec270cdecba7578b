using System.Text;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>
/// The frame of every page: UTF-8, inline CSS, and a content security policy that allows nothing from outside the
/// report folder and no script at all, so the report opens from disk and untrusted portal text can never run.
/// </summary>
internal static class PageShell
{
    private const string Policy = "default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    public static string Wrap(string title, string breadcrumb, string body)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.E(title)).Append("</title>\n<style>\n").Append(ReportCss.Text).Append("</style>\n</head>\n<body>\n")
            .Append("<header class=\"top\">").Append(breadcrumb).Append("</header>\n<main>\n")
            .Append(body)
            .Append("</main>\n<footer>PortalProbe 12345 互联网渠道检测报告 · 静态报告，可离线打开</footer>\n</body>\n</html>\n");
        return page.ToString();
    }
}
