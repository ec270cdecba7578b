using System.Globalization;
using PortalProbe.Population.Internal;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Population.Generation;

/// <summary>
/// Each city's 相关链接: two internal pages and its province's service site that work, sometimes a ministry page,
/// and by chance a broken internal link (404, 500, redirect loop, hang), an intermittent one, a HEAD-confused
/// one, a redirect chain or a slow page. Cities chosen for an external-link failure also get a jump page whose
/// target fails (two in three) or a link to a closed port.
/// </summary>
internal static class LinkPlanner
{
    public const string MinistrySiteId = "gjzwfw";

    private static readonly LinkBehaviour[] BrokenInternal =
        [LinkBehaviour.NotFound, LinkBehaviour.NotFound, LinkBehaviour.ServerError, LinkBehaviour.RedirectLoop, LinkBehaviour.NotFound, LinkBehaviour.ServerError, LinkBehaviour.RedirectLoop, LinkBehaviour.Hang];

    public static IReadOnlyList<PortalLink> Plan(SplitMix rng, string code, string provinceSite, string provinceName, bool externalFailure)
    {
        var links = new List<PortalLink>
        {
            new("通知公告", "/tzgg/index.html", LinkBehaviour.Ok),
            new("政策文件", "/zcwj/index.html", LinkBehaviour.Ok),
            new(provinceName + "政务服务网", P($"/c{code}/index.html"), LinkBehaviour.Ok, provinceSite),
        };
        if (rng.Chance(40))
        {
            links.Add(new PortalLink("国家政务服务平台", P($"/c{code}/zwfw.html"), LinkBehaviour.Ok, MinistrySiteId));
        }

        if (rng.Chance(30))
        {
            links.Add(new PortalLink("专题专栏", "/ztzl/index.html", rng.Pick(BrokenInternal)));
        }

        if (rng.Chance(15))
        {
            links.Add(new PortalLink("办事指南", "/bszn/index.html", LinkBehaviour.Intermittent));
        }

        if (rng.Chance(10))
        {
            links.Add(new PortalLink("政府信息公开", "/xxgk/index.html", rng.Chance(50) ? LinkBehaviour.HeadMethodNotAllowed : LinkBehaviour.HeadNotFound));
        }

        if (rng.Chance(15))
        {
            links.Add(new PortalLink("互动交流", "/hdjl/index.html", LinkBehaviour.RedirectChain));
        }

        if (rng.Chance(8))
        {
            links.Add(new PortalLink("数据开放", "/sjkf/index.html", LinkBehaviour.Slow) { SlowDelayMs = 2000 + (rng.Below(5) * 500) });
        }

        if (externalFailure)
        {
            links.Add(rng.Below(3) < 2
                ? new PortalLink("社保业务办理", "/jump/sbyw.html", LinkBehaviour.ExternalJumpFails, provinceSite)
                : new PortalLink("旧版网站", P($"/c{code}/old/index.html"), LinkBehaviour.Refused));
        }

        return links;
    }

    private static string P(FormattableString path) => path.ToString(CultureInfo.InvariantCulture);
}
