using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Styles;

/// <summary>A style's whole site: it answers every request to a portal of that style (but the back door).</summary>
internal interface IStyleSite
{
    Task HandleAsync(HttpContext http, PortalRuntime runtime);
}

/// <summary>The site of each style other than <see cref="PortalStyle.Pc"/>, whose pages are routed endpoints.</summary>
internal static class StyleSites
{
    private static readonly IStyleSite Legacy = new Legacy.LegacySite();
    private static readonly IStyleSite Wechat = new Spa.SpaSite(Spa.SpaFlavour.Wechat);
    private static readonly IStyleSite App = new Spa.SpaSite(Spa.SpaFlavour.App);

    public static IStyleSite For(PortalStyle style) => style switch
    {
        PortalStyle.PcLegacy => Legacy,
        PortalStyle.WechatH5 => Wechat,
        PortalStyle.AppH5 => App,
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "the PC style is served by routed endpoints"),
    };
}
