using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Styles;

/// <summary>
/// Where a portal's functions live and what its elements are called, per style, layout and id prefix: the one
/// place the renderers and the generated check scripts both read, so they cannot drift apart.
/// Keys of <see cref="Ids"/> are semantic (<c>appeal.title</c>, <c>progress.ticket</c>, ...); keys of
/// <see cref="Paths"/> are function names (<c>home</c>, <c>register</c>, <c>appeal</c>, ...).
/// </summary>
public static class PortalMarkup
{
    /// <summary>The function names <see cref="Paths"/> knows.</summary>
    public static readonly IReadOnlyList<string> Functions =
        ["home", "register", "login", "appeal", "progress", "chat", "search", "faq", "hot", "reports", "cases", "enterprise"];

    private static readonly Dictionary<string, string> PcIds = new(StringComparer.Ordinal)
    {
        ["register.phone"] = "=phone", ["register.code"] = "=code", ["register.send"] = "=send-code",
        ["register.password"] = "=password", ["register.submit"] = "=register-submit", ["register.email"] = "=email",
        ["register.confirm"] = "=confirm", ["register.captcha"] = "captcha", ["register.captchaImage"] = "captcha-img",
        ["login.account"] = "login-account", ["login.password"] = "login-password", ["login.submit"] = "login-submit",
        ["login.captcha"] = "login-captcha", ["appeal.type"] = "=type", ["appeal.title"] = "=title", ["appeal.content"] = "=content",
        ["appeal.phone"] = "=phone", ["appeal.agree"] = "=agree", ["appeal.submit"] = "=appeal-submit", ["appeal.ticket"] = "=ticket",
        ["appeal.loading"] = "appeal-loading", ["appeal.enterprise"] = "as-enterprise", ["progress.ticket"] = "=ticket-no",
        ["login.user"] = "login-user", ["progress.submit"] = "=progress-submit", ["progress.state"] = "=state",
        ["progress.result"] = "=progress-result", ["chat.input"] = "chat-input", ["chat.send"] = "chat-send", ["chat.log"] = "chat-log",
        ["search.input"] = "search-input", ["search.submit"] = "search-submit", ["search.results"] = "search-results",
        ["search.empty"] = "search-empty", ["faq.list"] = "faq-list", ["hot.list"] = "hot-list", ["reports.list"] = "report-list",
        ["cases.list"] = "case-list", ["enterprise.title"] = "enterprise-title", ["enterprise.entry"] = "enterprise-entry",
        ["links.list"] = "links",
    };

    private static readonly string[] LegacyKeys =
    [
        "register.phone", "register.code", "register.send", "register.password", "register.submit", "register.email", "register.confirm",
        "register.captcha", "register.captchaImage", "login.account", "login.password", "login.submit", "login.captcha",
        "appeal.frame", "appeal.type", "appeal.title", "appeal.content", "appeal.phone", "appeal.agree", "appeal.submit", "appeal.ticket",
        "appeal.enterprise", "progress.ticket", "progress.phone", "progress.submit", "progress.state", "progress.result",
        "chat.input", "chat.send", "chat.log", "search.input", "search.submit", "search.results", "search.empty", "faq.list", "hot.list",
        "reports.list", "cases.list", "enterprise.title", "enterprise.entry", "links.list",
    ];

    // Three vendors' habits: ASP.NET-like Hungarian names, pinyin initials, and WebForms client ids.
    private static readonly string[][] LegacyNames =
    [
        ["txtMobile", "txtYzm", "btnGetYzm", "txtPwd", "btnReg", "txtEmail", "txtPwd2", "txtCaptcha", "imgCaptcha", "txtUser", "txtLoginPwd", "btnLogin", "txtLoginCaptcha",
         "appealFrame", "ddlType", "txtTitle", "txtContent", "txtPhone", "chkAgree", "btnSubmit", "lblSlbh", "chkQy", "txtSlbh", "txtCxdh", "btnQuery", "lblZt", "tblResult",
         "txtQuestion", "btnAsk", "divAnswer", "txtKeyword", "btnSearch", "tblSearch", "lblNoResult", "tblFaq", "tblHot", "tblReports", "tblCases", "lblQyfw", "lnkQyfw", "tblLinks"],
        ["sjh", "yzm", "hqyzm", "mm", "zc", "yx", "qrmm", "txyzm", "txyzmtp", "yhm", "dlmm", "dl", "dlyzm",
         "sqkj", "lx", "bt", "nr", "lxdh", "ty", "tj", "slbh", "qysq", "cxbh", "cxdh", "cx", "blzt", "cxjg",
         "wt", "tw", "hd", "gjz", "ss", "ssjg", "wjg", "cjwt", "rdwt", "sjfb", "rdal", "qyfw", "qyrk", "xglj"],
        ["ctl00_txtMobile", "ctl00_txtCode", "ctl00_btnCode", "ctl00_txtPassword", "ctl00_btnRegister", "ctl00_txtEmail", "ctl00_txtConfirm", "ctl00_txtVerify", "ctl00_imgVerify",
         "ctl00_txtAccount", "ctl00_txtLoginPassword", "ctl00_btnLogin", "ctl00_txtLoginVerify",
         "ctl00_ifrAppeal", "ctl00_ddlSort", "ctl00_txtSubject", "ctl00_txtBody", "ctl00_txtTel", "ctl00_cbAgree", "ctl00_btnSave", "ctl00_lblNo", "ctl00_cbCompany",
         "ctl00_txtNo", "ctl00_txtQueryTel", "ctl00_btnFind", "ctl00_lblState", "ctl00_gvResult",
         "ctl00_txtAsk", "ctl00_btnAsk", "ctl00_pnlAnswer", "ctl00_txtWord", "ctl00_btnGo", "ctl00_gvSearch", "ctl00_lblEmpty", "ctl00_gvFaq", "ctl00_gvHot",
         "ctl00_gvReport", "ctl00_gvCase", "ctl00_lblCompany", "ctl00_lnkCompany", "ctl00_gvLink"],
    ];

    private static readonly Dictionary<string, string> WechatIds = Named("wx-", new()
    {
        ["register.phone"] = "reg-phone", ["register.code"] = "reg-code", ["register.send"] = "reg-send", ["register.password"] = "reg-pwd",
        ["register.submit"] = "reg-submit", ["register.email"] = "reg-email", ["register.confirm"] = "reg-pwd2", ["register.captcha"] = "reg-captcha",
        ["register.captchaImage"] = "reg-captcha-img", ["login.account"] = "login-account", ["login.password"] = "login-pwd", ["login.submit"] = "login-submit",
        ["login.captcha"] = "login-captcha", ["appeal.type"] = "appeal-types", ["appeal.title"] = "appeal-title", ["appeal.content"] = "appeal-content",
        ["appeal.phone"] = "appeal-phone", ["appeal.agree"] = "appeal-agree", ["appeal.submit"] = "appeal-submit", ["appeal.ticket"] = "appeal-ticket",
        ["appeal.loading"] = "appeal-loading", ["appeal.enterprise"] = "appeal-enterprise", ["progress.ticket"] = "query-no", ["progress.phone"] = "query-phone",
        ["progress.submit"] = "query-submit", ["progress.state"] = "query-state", ["progress.result"] = "query-result", ["chat.input"] = "chat-input",
        ["chat.send"] = "chat-send", ["chat.log"] = "chat-log", ["search.input"] = "search-input", ["search.submit"] = "search-submit",
        ["search.results"] = "search-results", ["search.empty"] = "search-empty", ["faq.list"] = "faq-list", ["hot.list"] = "hot-list",
        ["reports.list"] = "report-list", ["cases.list"] = "case-list", ["enterprise.title"] = "qy-title", ["enterprise.entry"] = "qy-entry",
        ["links.list"] = "link-list",
    });

    private static readonly Dictionary<string, string> AppIds = Named("", new()
    {
        ["register.phone"] = "mobileInput", ["register.code"] = "smsCodeInput", ["register.send"] = "smsCodeBtn", ["register.password"] = "passwordInput",
        ["register.submit"] = "registerBtn", ["register.email"] = "emailInput", ["register.confirm"] = "confirmInput", ["register.captcha"] = "captchaInput",
        ["register.captchaImage"] = "captchaImg", ["login.account"] = "accountInput", ["login.password"] = "loginPasswordInput", ["login.submit"] = "loginBtn",
        ["login.captcha"] = "loginCaptchaInput", ["appeal.type"] = "typeSelect", ["appeal.title"] = "titleInput", ["appeal.content"] = "contentInput",
        ["appeal.phone"] = "phoneInput", ["appeal.agree"] = "agreeCheck", ["appeal.submit"] = "submitBtn", ["appeal.ticket"] = "ticketNo",
        ["appeal.loading"] = "formLoading", ["appeal.enterprise"] = "enterpriseCheck", ["progress.ticket"] = "queryNoInput", ["progress.phone"] = "queryPhoneInput",
        ["progress.submit"] = "queryBtn", ["progress.state"] = "stateText", ["progress.result"] = "queryResult", ["chat.input"] = "askInput",
        ["chat.send"] = "askBtn", ["chat.log"] = "chatList", ["search.input"] = "keywordInput", ["search.submit"] = "searchBtn",
        ["search.results"] = "resultList", ["search.empty"] = "emptyTip", ["faq.list"] = "faqList", ["hot.list"] = "hotList",
        ["reports.list"] = "reportList", ["cases.list"] = "caseList", ["enterprise.title"] = "enterpriseTitle", ["enterprise.entry"] = "enterpriseEntry",
        ["links.list"] = "linkList",
    });

    private static readonly Dictionary<string, string> PcPaths = new(StringComparer.Ordinal)
    {
        ["home"] = "/", ["register"] = "/register", ["login"] = "/login", ["appeal"] = "/appeal", ["progress"] = "/progress", ["chat"] = "/chat",
        ["search"] = "/search", ["faq"] = "/faq", ["hot"] = "/hot", ["reports"] = "/data/reports", ["cases"] = "/data/cases", ["enterprise"] = "/enterprise",
    };

    private static readonly Dictionary<string, string> LegacyPaths = new(StringComparer.Ordinal)
    {
        ["home"] = "/", ["register"] = "/zxts/reg.do", ["login"] = "/zxts/login.do", ["appeal"] = "/zxts/appeal.do", ["progress"] = "/zxts/query.do",
        ["chat"] = "/zxts/robot.do", ["search"] = "/search.do", ["faq"] = "/zxts/cjwt.do", ["hot"] = "/zxts/rdwt.do", ["reports"] = "/xxgk/sjfb.do",
        ["cases"] = "/xxgk/rdal.do", ["enterprise"] = "/qyfw/index.do",
    };

    /// <summary>The element ids of <paramref name="portal"/>'s pages, by semantic key.</summary>
    public static IReadOnlyDictionary<string, string> Ids(PortalPersonality portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var prefix = portal.Vocabulary.IdPrefix;
        return portal.Style switch
        {
            PortalStyle.PcLegacy => LegacyKeys.Select((k, i) => (k, LegacyNames[Math.Clamp(portal.Vocabulary.Layout, 0, 2)][i]))
                .ToDictionary(p => p.k, p => prefix + p.Item2, StringComparer.Ordinal),
            PortalStyle.WechatH5 => WechatIds.ToDictionary(p => p.Key, p => prefix + p.Value, StringComparer.Ordinal),
            PortalStyle.AppH5 => AppIds.ToDictionary(p => p.Key, p => prefix + p.Value, StringComparer.Ordinal),
            _ => PcIds.ToDictionary(p => p.Key, p => p.Value.StartsWith('=') ? p.Value[1..] : prefix + p.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>The path (with the hash route for WeChat H5) of each function of the style, whether the portal has it or not.</summary>
    public static IReadOnlyDictionary<string, string> Paths(PortalPersonality portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.Style switch
        {
            PortalStyle.PcLegacy => LegacyPaths,
            PortalStyle.WechatH5 => Functions.ToDictionary(f => f, f => f == "home" ? "/#/" : "/#/" + f, StringComparer.Ordinal),
            PortalStyle.AppH5 => Functions.ToDictionary(f => f, f => f == "home" ? "/app/" : "/app/" + f, StringComparer.Ordinal),
            _ => PcPaths,
        };
    }

    private static Dictionary<string, string> Named(string prefix, Dictionary<string, string> ids) =>
        ids.ToDictionary(p => p.Key, p => prefix + p.Value, StringComparer.Ordinal);
}
