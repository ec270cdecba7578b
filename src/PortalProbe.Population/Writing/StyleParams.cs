using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Styles;

namespace PortalProbe.Population.Writing;

/// <summary>The template arguments of one portal: ids for the legacy style, the id prefix for the others.</summary>
internal sealed class StyleParams
{
    private readonly PortalPersonality portal;
    private readonly IReadOnlyDictionary<string, string> id;
    private readonly (string, string)[] prefix;

    public StyleParams(PortalPersonality portal)
    {
        this.portal = portal;
        id = PortalMarkup.Ids(portal);
        prefix = portal.Vocabulary.IdPrefix.Length == 0 ? [] : [("p", portal.Vocabulary.IdPrefix)];
    }

    private bool IsLegacy => portal.Style == PortalStyle.PcLegacy;

    public (string, string)[] Register => IsLegacy
        ? [("phone_id", id["register.phone"]), ("code_id", id["register.code"]), ("send_id", id["register.send"]),
           ("password_id", id["register.password"]), ("submit_id", id["register.submit"]), ("captcha_id", id["register.captchaImage"])]
        : portal.Style == PortalStyle.Pc ? [] : prefix;

    public (string, string)[] RegisterEmail => IsLegacy
        ? [("email_id", id["register.email"]), ("password_id", id["register.password"]), ("confirm_id", id["register.confirm"]), ("submit_id", id["register.submit"])]
        : portal.Style == PortalStyle.Pc ? [] : prefix;

    public (string, string)[] Login => IsLegacy
        ? [("account_id", id["login.account"]), ("password_id", id["login.password"]), ("submit_id", id["login.submit"]), ("captcha_id", id["register.captchaImage"])]
        : prefix;

    public (string, string)[] Appeal => portal.Style switch
    {
        PortalStyle.PcLegacy =>
        [
            ("frame_id", id["appeal.frame"]), ("type_id", id["appeal.type"]), ("title_id", id["appeal.title"]), ("content_id", id["appeal.content"]),
            ("phone_id", id["appeal.phone"]), ("agree_id", id["appeal.agree"]), ("submit_id", id["appeal.submit"]), ("ticket_id", id["appeal.ticket"]),
        ],
        PortalStyle.Pc => portal.Vocabulary.Submit == PortalVocabulary.Default.Submit ? [] : [("submit", portal.Vocabulary.Submit)],
        _ => prefix,
    };

    public (string, string)[] ProgressPage => IsLegacy
        ? [("ticket_id", id["progress.ticket"]), ("phone_id", id["progress.phone"]), ("submit_id", id["progress.submit"])]
        : portal.Style == PortalStyle.Pc ? [] : prefix;

    public (string, string)[] Progress => portal.Style switch
    {
        PortalStyle.PcLegacy =>
        [
            ("phone", "${secret:PORTALPROBE_TEST_PHONE}"), ("ticket_id", id["progress.ticket"]), ("phone_id", id["progress.phone"]),
            ("submit_id", id["progress.submit"]),
        ],
        PortalStyle.AppH5 => [("phone", "${secret:PORTALPROBE_TEST_PHONE}"), .. prefix],
        PortalStyle.Pc => [],
        _ => prefix,
    };

    /// <summary>The element a progress lookup shows the ticket's state in (已受理, 办理中, 已办结).</summary>
    public string ProgressStatus => "#" + id["progress.state"];

    /// <summary>The element a progress lookup shows the reply in, once there is one (an XPath: only the pc style gives it an id).</summary>
    public string ProgressReply => portal.Style switch
    {
        PortalStyle.PcLegacy => "xpath=//td[normalize-space(.)='答复意见：']/following-sibling::td[1]",
        PortalStyle.WechatH5 => "xpath=//label[normalize-space(.)='答复内容']/following-sibling::span[1]",
        PortalStyle.AppH5 => "xpath=//dt[normalize-space(.)='答复内容']/following-sibling::dd[1]",
        _ => "#reply",
    };

    public (string, string)[] Chat => IsLegacy ? [("input_id", id["chat.input"])] : prefix;

    /// <summary>The chat window's input, send control and the bot's answers, for the chatbot scenario's check block.</summary>
    public (string Input, string Send, string Answers) ChatCheck => (
        $"#{id["chat.input"]}",
        $"#{id["chat.send"]}",
        $"#{id["chat.log"]} " + portal.Style switch
        {
            PortalStyle.PcLegacy => ".answer",
            PortalStyle.WechatH5 => ".bubble.bot",
            PortalStyle.AppH5 => ".msg.bot",
            _ => ".chat-msg.bot",
        });
}
