using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using PortalProbe.Simulator.Appeals;
using PortalProbe.Simulator.Chatbot;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Disclosure;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Registration;
using PortalProbe.Simulator.Search;

namespace PortalProbe.Simulator.Styles.Spa;

/// <summary>
/// The single-page portals' JSON API (paths after the flavour's prefix). Posts are url-encoded forms. Answers:
/// 200 {"ok":true,...} or {"ok":false,"message"/"errors"}, 404 for a function the portal lacks, 500 where the
/// personality breaks it, 204 from a silent chatbot.
/// </summary>
internal static class SpaApi
{
    public static async Task HandleAsync(HttpContext http, PortalRuntime runtime, string path)
    {
        var method = http.Request.Method;
        IResult result;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            result = Get(http, runtime, path);
        }
        else if (HttpMethods.IsPost(method))
        {
            var form = await FormInput.ReadAsync(http.Request, http.RequestAborted);
            result = form is null ? Fail(StatusCodes.Status400BadRequest, "请求格式不正确") : Post(runtime, path, form);
        }
        else
        {
            result = Fail(StatusCodes.Status405MethodNotAllowed, "请求方式不支持");
        }

        await result.ExecuteAsync(http);
    }

    private static IResult Get(HttpContext http, PortalRuntime runtime, string path)
    {
        var portal = runtime.Personality;
        var query = http.Request.Query;
        return path switch
        {
            "/appeal/form" when Has(portal, "appeal") => portal.Submission == SubmissionMode.FormNeverLoads
                ? Fail(StatusCodes.Status500InternalServerError, "表单服务异常")
                : TypedResults.Json(new { ok = true, types = AppealForm.Types, minContentLength = AppealForm.MinContentLength }),
            "/progress" when Has(portal, "progress") => Progress(runtime, Capped(query["ticket"].FirstOrDefault(), 32), Capped(query["phone"].FirstOrDefault(), 32)),
            "/search" when Has(portal, "search") => TypedResults.Json(new
            {
                ok = true,
                hits = SearchEndpoints.Hits(runtime, Capped(query["q"].FirstOrDefault(), SiteSearch.MaxQueryLength)).Select(h => new { title = h.Title, snippet = h.Snippet }),
            }),
            "/faq" when Has(portal, "faq") => Questions(runtime),
            "/hot" when Has(portal, "hot") => Questions(runtime),
            "/reports" when Has(portal, "reports") => Items(DisclosureLists.Reports(portal, runtime.AsOf), portal.DataReports.DateStyle),
            "/cases" when Has(portal, "cases") => Items(DisclosureLists.Cases(portal, runtime.AsOf), portal.HotCases.DateStyle),
            "/captcha" => Captcha.Show(http),
            _ => Fail(StatusCodes.Status404NotFound, "接口不存在"),
        };
    }

    private static IResult Post(PortalRuntime runtime, string path, IFormCollection form)
    {
        var portal = runtime.Personality;
        return path switch
        {
            "/sms" when Has(portal, "register") => Sms(runtime, FormInput.Value(form, "phone")),
            "/register" when Has(portal, "register") => Register(runtime, form),
            "/login" when Has(portal, "login") => Login(runtime, form),
            "/appeal" when Has(portal, "appeal") => Appeal(runtime, form),
            "/chat" when Has(portal, "chat") => Chat(runtime, FormInput.Value(form, "q")),
            _ => Fail(StatusCodes.Status404NotFound, "接口不存在"),
        };
    }

    private static IResult Sms(PortalRuntime runtime, string phone)
    {
        if (!PhoneNumbers.IsMobile(phone))
        {
            return Fail(StatusCodes.Status400BadRequest, "手机号格式不正确");
        }

        runtime.Sms.Send(phone);
        return TypedResults.Json(new { ok = true, message = "验证码已发送" });
    }

    private static IResult Register(PortalRuntime runtime, IFormCollection form)
    {
        var portal = runtime.Personality;
        if (portal.Registration == RegistrationMode.WechatOAuth)
        {
            return Fail(StatusCodes.Status401Unauthorized, "请在微信客户端打开");
        }

        if (portal.Has(PortalFaults.Registration) || portal.Registration == RegistrationMode.Broken500)
        {
            return Fail(StatusCodes.Status500InternalServerError, "系统维护中，请稍后再试");
        }

        string Value(string name) => FormInput.Value(form, name);
        var password = form["password"].FirstOrDefault() ?? "";
        List<string> errors;
        string account;
        if (portal.Registration == RegistrationMode.Email)
        {
            var email = EmailRegistration.Read(Value, password, form["confirm"].FirstOrDefault() ?? "");
            errors = [.. email.Validate(runtime.Accounts)];
            account = email.Email;
        }
        else
        {
            var sms = RegistrationForm.Read(Value, password);
            errors = [.. sms.Validate(runtime.Sms)];
            if (portal.Registration == RegistrationMode.Captcha && !Captcha.Matches(runtime, Value("captcha")))
            {
                errors.Add("图形验证码错误");
            }

            if (errors.Count == 0 && !runtime.Sms.TryUse(sms.Phone, sms.Code))
            {
                errors.Add("验证码错误");
            }

            account = sms.Phone;
        }

        if (errors.Count == 0 && !runtime.Accounts.TryAdd(account, password))
        {
            errors.Add("该账号已注册");
        }

        return errors.Count == 0
            ? TypedResults.Json(new { ok = true, message = "注册成功" })
            : TypedResults.Json(new { ok = false, message = errors[0], errors });
    }

    private static IResult Login(PortalRuntime runtime, IFormCollection form)
    {
        var portal = runtime.Personality;
        if (portal.Registration == RegistrationMode.WechatOAuth)
        {
            return Fail(StatusCodes.Status401Unauthorized, "请在微信客户端打开");
        }

        if (portal.Registration == RegistrationMode.Captcha && !Captcha.Matches(runtime, FormInput.Value(form, "captcha")))
        {
            return TypedResults.Json(new { ok = false, message = "图形验证码错误" });
        }

        return runtime.Accounts.Verify(FormInput.Value(form, "account"), form["password"].FirstOrDefault() ?? "")
            ? TypedResults.Json(new { ok = true, message = "登录成功" })
            : TypedResults.Json(new { ok = false, message = "账号或密码错误" });
    }

    private static IResult Appeal(PortalRuntime runtime, IFormCollection form)
    {
        var portal = runtime.Personality;
        if (portal.Registration == RegistrationMode.WechatOAuth)
        {
            return Fail(StatusCodes.Status401Unauthorized, "请先授权登录");
        }

        if (portal.Has(PortalFaults.Submission) || portal.Submission is SubmissionMode.ServerError or SubmissionMode.FormNeverLoads)
        {
            return Fail(StatusCodes.Status500InternalServerError, "系统繁忙");
        }

        var appeal = AppealForm.Read(form);
        var errors = appeal.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.Json(new { ok = false, message = errors[0], errors });
        }

        var ticket = runtime.Tickets.Issue(appeal);
        return TypedResults.Json(new { ok = true, ticket = ticket.Number });
    }

    private static IResult Progress(PortalRuntime runtime, string number, string phone)
    {
        var portal = runtime.Personality;
        var ticket = portal.Progress == ProgressMode.Broken || number.Length == 0 ? null : runtime.Tickets.Find(number);
        var needsPhone = portal.Style == PortalStyle.AppH5;
        if (ticket is null || (needsPhone && !string.Equals(ticket.Phone, phone, StringComparison.Ordinal)))
        {
            return TypedResults.Json(new { ok = true, found = false, message = "未查询到相关工单" });
        }

        var status = TicketProgress.At(ticket, runtime.Context.Time.GetUtcNow(), portal.ReplyWorkingDays, portal.CityName);
        return TypedResults.Json(new
        {
            ok = true,
            found = true,
            ticket = ticket.Number,
            title = ticket.Title,
            submittedAt = ChinaTime.ToShanghai(ticket.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            state = status.State,
            reply = status.Reply,
            repliedOn = status.RepliedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
    }

    private static IResult Chat(PortalRuntime runtime, string message)
    {
        if (message.Length is 0 or > ChatEndpoints.MaxMessageLength)
        {
            return Fail(StatusCodes.Status400BadRequest, "请输入200字以内的问题");
        }

        var answer = ChatbotReplies.Reply(runtime.Personality, runtime.Context.Questions, message);
        return answer is null ? TypedResults.NoContent() : TypedResults.Json(new { ok = true, answer });
    }

    private static JsonHttpResult<ListReply<QuestionItem>> Questions(PortalRuntime runtime) => TypedResults.Json(new ListReply<QuestionItem>(
        true, [.. runtime.Context.Questions.Questions.Select(q => new QuestionItem(q.Question, q.FaqAnswer))]));

    private static JsonHttpResult<ListReply<PublishedItem>> Items(IReadOnlyList<DisclosureItem> items, DateStyle style) => TypedResults.Json(new ListReply<PublishedItem>(
        true, [.. items.Select(i => new PublishedItem(i.Title, DateFormats.Of(i, style), i.Summary))]));

    private static bool Has(PortalPersonality portal, string function) => PortalFunctions.Has(portal, function);

    private static string Capped(string? text, int max)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length > max ? trimmed[..max] : trimmed;
    }

    private static JsonHttpResult<FailReply> Fail(int status, string message) =>
        TypedResults.Json(new FailReply(false, message), statusCode: status);

    /// <summary>{"ok":false,"message":...}.</summary>
    internal sealed record FailReply(bool Ok, string Message);

    /// <summary>{"ok":true,"items":[...]}.</summary>
    internal sealed record ListReply<T>(bool Ok, IReadOnlyList<T> Items);

    /// <summary>An FAQ or hot-question entry: {"q":...,"a":...}.</summary>
    internal sealed record QuestionItem(string Q, string A);

    /// <summary>A published report or case: {"title","date","summary"}; date is empty on an undated list.</summary>
    internal sealed record PublishedItem(string Title, string Date, string Summary);
}
