using System.Text.Json;
using PortalProbe.Simulator.Chatbot;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Links;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Styles.Spa;

/// <summary>The single-page portal's one HTML page: styles, the portal's configuration, the kit and the engine.</summary>
internal static class SpaShell
{
    private static readonly string Engine = Resource("engine.js");
    private static readonly Dictionary<string, string> Kits = new(StringComparer.Ordinal)
    {
        ["wechat-kit.js"] = Resource("wechat-kit.js"),
        ["app-kit.js"] = Resource("app-kit.js"),
    };

    private const string WechatStyle = """
        body{margin:0;background:#ededed;font-family:-apple-system,"PingFang SC",sans-serif;font-size:16px}
        .weui-navbar{background:#07c160;color:#fff;padding:12px;text-align:center;position:relative}.weui-navbar .back{position:absolute;left:12px;color:#fff}
        .page{padding:8px}.weui-grids{display:flex;flex-wrap:wrap;background:#fff}.weui-grid{width:33%;padding:18px 0;text-align:center;color:#333;text-decoration:none;border:1px solid #f0f0f0;box-sizing:border-box}
        .weui-cells{background:#fff;margin-top:8px}.weui-cell{display:flex;padding:12px 16px;border-bottom:1px solid #f0f0f0;color:#333;text-decoration:none}
        .weui-label{width:80px;display:block}.weui-input,.weui-textarea{border:0;outline:0;width:100%;font-size:16px}
        .weui-btn{display:block;margin:12px 16px;padding:10px;border-radius:6px;text-align:center;cursor:pointer;background:#f2f2f2;color:#07c160}
        .weui-btn_primary{background:#07c160;color:#fff}.weui-btn_mini{display:inline-block;margin:0 0 0 8px;padding:6px 14px}
        .chips{display:flex;gap:8px;padding:8px 16px;background:#fff}.chip{padding:6px 14px;border:1px solid #ccc;border-radius:16px;cursor:pointer}.chip_on{border-color:#07c160;color:#07c160}
        .weui-agree{display:block;padding:10px 16px;font-size:13px}.weui-toast{position:fixed;top:40%;left:50%;transform:translateX(-50%);background:rgba(0,0,0,.75);color:#fff;padding:12px 20px;border-radius:8px}
        .weui-media-box{background:#fff;padding:12px 16px;border-bottom:1px solid #f0f0f0}.bubble{margin:8px;padding:8px 12px;border-radius:8px;background:#fff;max-width:80%}.bubble.user{background:#95ec69;margin-left:auto}
        .chat-bar{display:flex;padding:8px;background:#f7f7f7}.weui-msg{text-align:center;padding:24px;background:#fff}
        """;

    private const string AppStyle = """
        body{margin:0;background:#f7f8fa;font-family:-apple-system,"PingFang SC",sans-serif;font-size:14px;padding-bottom:56px}
        .van-nav-bar{height:46px;line-height:46px;text-align:center;background:#1989fa;color:#fff;font-weight:500}
        .van-page{padding:12px}.van-cell-group{background:#fff;border-radius:8px}.van-cell{display:block;padding:10px 16px;border-bottom:1px solid #ebedf0;color:#323233;text-decoration:none}
        .van-field{display:flex;align-items:center;background:#fff;padding:10px 16px;border-bottom:1px solid #ebedf0}.van-field__label{width:6em}.van-field__control{flex:1;border:0;font-size:14px}
        .van-button{border:1px solid #1989fa;background:#fff;color:#1989fa;border-radius:4px;padding:6px 12px}.van-button--primary{background:#1989fa;color:#fff}.van-button--block{display:block;width:100%;margin-top:16px;height:44px}
        .van-tabbar{position:fixed;bottom:0;left:0;right:0;display:flex;background:#fff;border-top:1px solid #ebedf0}.van-tabbar-item{flex:1;text-align:center;padding:10px 0;color:#646566;text-decoration:none}
        .van-toast{display:none}.van-toast--show{display:block;position:fixed;top:45%;left:50%;transform:translateX(-50%);background:rgba(0,0,0,.7);color:#fff;padding:10px 16px;border-radius:8px}
        .van-notice-bar{display:block;margin:12px 0;padding:10px;background:#fffbe8;color:#ed6a0c;text-decoration:none}.msg{background:#fff;padding:8px 12px;border-radius:8px;margin:8px 0}.msg.user{background:#e8f3ff;text-align:right}
        .van-checkbox{padding:10px 16px;background:#fff}.van-result{text-align:center;padding:24px;background:#fff;border-radius:8px}
        """;

    public static string Render(PortalRuntime runtime, SpaFlavour flavour)
    {
        var portal = runtime.Personality;
        var site = PageLayout.SiteName(portal);
        var config = JsonSerializer.Serialize(Config(runtime, flavour));
        var style = flavour == SpaFlavour.Wechat ? WechatStyle : AppStyle;
        var toast = flavour == SpaFlavour.Wechat ? "<div id=\"toast\" class=\"weui-toast\" role=\"alert\" style=\"display:none\"></div>" : "<div id=\"toast\" class=\"van-toast\" role=\"alert\"></div>";
        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
            <title>{Html.Encode(site)}</title>
            <style>{style}</style>
            </head>
            <body>
            <div id="app"><p class="boot">正在加载…</p></div>
            {toast}
            <script>window.__CFG__ = {config};</script>
            <script>{Kits[flavour.Kit]}</script>
            <script>{Engine}</script>
            </body>
            </html>
            """;
    }

    /// <summary>The page WeChat-only portals (and WeChat authorisation) show to any other browser.</summary>
    public static string OpenInWechat(PortalPersonality portal, string detail = "请使用微信扫描二维码或在公众号菜单中打开本页面。") => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Html.Encode(PageLayout.SiteName(portal))}</title></head>
        <body style="text-align:center;padding-top:80px;font-family:sans-serif">
        <h2 id="wechat-only">请在微信客户端打开</h2>
        <p>{Html.Encode(detail)}</p>
        </body>
        </html>
        """;

    private static Dictionary<string, object> Config(PortalRuntime runtime, SpaFlavour flavour)
    {
        var portal = runtime.Personality;
        var v = portal.Vocabulary;
        var functions = PortalMarkup.Functions;
        return new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["code"] = portal.CityCode,
            ["site"] = PageLayout.SiteName(portal),
            ["api"] = flavour.ApiPrefix,
            ["layout"] = v.Layout,
            ["ids"] = PortalMarkup.Ids(portal),
            ["has"] = functions.ToDictionary(f => f, f => PortalFunctions.Has(portal, f), StringComparer.Ordinal),
            ["menu"] = PortalFunctions.Menu(portal).Select(m => new Dictionary<string, string> { ["f"] = m.Function, ["label"] = m.Label }).ToList(),
            ["labels"] = functions.ToDictionary(f => f, f => PortalFunctions.Label(v, f), StringComparer.Ordinal)
                .Concat([new("submit", v.Submit), new("links", v.Links)]).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            ["registration"] = PersonalityIds.Of(PersonalityIds.Registrations, portal.Registration),
            ["oauth"] = portal.Registration == RegistrationMode.WechatOAuth,
            ["enterprise"] = portal.EnterpriseEntrance,
            ["submitHandler"] = !(portal.Has(PortalFaults.SubmitButtonDead) || portal.Submission == SubmissionMode.DeadButton),
            ["progressPhone"] = flavour.ProgressNeedsPhone,
            ["greeting"] = ChatbotReplies.Greeting,
            ["links"] = portal.Links.Select(l => new Dictionary<string, string> { ["text"] = l.Text, ["href"] = LinkRoutes.Href(runtime, l) }).ToList(),
        };
    }

    private static string Resource(string name)
    {
        var assembly = typeof(SpaShell).Assembly;
        using var stream = assembly.GetManifestResourceStream("PortalProbe.Simulator.Spa." + name)
            ?? throw new InvalidOperationException($"missing embedded resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
