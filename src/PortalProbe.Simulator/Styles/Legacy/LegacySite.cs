using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;

namespace PortalProbe.Simulator.Styles.Legacy;

/// <summary>The legacy PC portal: *.do pages in GBK, table layout, the appeal form in an iframe, alert() answers.</summary>
internal sealed class LegacySite : IStyleSite
{
    private static readonly Dictionary<string, Func<HttpContext, PortalRuntime, IResult>> Gets = new(StringComparer.Ordinal)
    {
        ["/"] = LegacyInfo.Home,
        ["/index.do"] = LegacyInfo.Home,
        ["/zxts/reg.do"] = LegacyAccounts.RegisterForm,
        ["/zxts/login.do"] = LegacyAccounts.LoginForm,
        ["/zxts/captcha.do"] = LegacyAccounts.Captcha,
        ["/zxts/appeal.do"] = LegacyAppeals.Frame,
        ["/zxts/appeal_form.do"] = LegacyAppeals.Form,
        ["/zxts/query.do"] = LegacyAppeals.Query,
        ["/zxts/robot.do"] = LegacyInfo.Robot,
        ["/search.do"] = LegacyInfo.Search,
        ["/zxts/cjwt.do"] = LegacyInfo.Faq,
        ["/zxts/rdwt.do"] = LegacyInfo.Hot,
        ["/xxgk/sjfb.do"] = LegacyInfo.Reports,
        ["/xxgk/rdal.do"] = LegacyInfo.Cases,
        ["/qyfw/index.do"] = LegacyInfo.Enterprise,
    };

    private static readonly Dictionary<string, Func<HttpContext, PortalRuntime, IReadOnlyDictionary<string, string>, IResult>> Posts = new(StringComparer.Ordinal)
    {
        ["/zxts/sendYzm.do"] = LegacyAccounts.SendCode,
        ["/zxts/reg_save.do"] = LegacyAccounts.Register,
        ["/zxts/login_save.do"] = LegacyAccounts.Login,
        ["/zxts/appeal_save.do"] = LegacyAppeals.Save,
        ["/zxts/robot.do"] = LegacyInfo.Ask,
    };

    public async Task HandleAsync(HttpContext http, PortalRuntime runtime)
    {
        var path = http.Request.Path.Value ?? "/";
        var method = http.Request.Method;
        var portal = runtime.Personality;
        IResult result;
        if ((HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) && Gets.TryGetValue(path, out var get))
        {
            result = get(http, runtime);
        }
        else if (HttpMethods.IsPost(method) && Posts.TryGetValue(path, out var post))
        {
            var form = await Gbk.ReadFormAsync(http.Request, http.RequestAborted);
            result = form is null ? ErrorPage.Result(portal, StatusCodes.Status400BadRequest) : post(http, runtime, form);
        }
        else if (Gets.ContainsKey(path) || Posts.ContainsKey(path))
        {
            result = ErrorPage.Result(portal, StatusCodes.Status405MethodNotAllowed);
        }
        else
        {
            result = ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        await result.ExecuteAsync(http);
    }
}
