using PortalProbe.Population.Internal;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Population.Generation;

/// <summary>The words vendors' platforms use for each function; each city draws its own set.</summary>
internal static class Vocabularies
{
    private static readonly string[] Register = ["用户注册", "注册", "新用户注册"];
    private static readonly string[] Login = ["用户登录", "登录", "个人登录"];
    private static readonly string[] Appeal = ["我要反映", "我要投诉", "在线诉求", "诉求提交", "我要留言"];
    private static readonly string[] Progress = ["诉求查询", "进度查询", "办理查询", "工单查询"];
    private static readonly string[] Faq = ["常见问题", "知识库", "问题解答"];
    private static readonly string[] Submit = ["提交", "提交诉求", "确认提交"];
    private static readonly string[] Search = ["站内搜索", "搜索", "全站检索"];
    private static readonly string[] Hot = ["热点问题", "热门咨询"];
    private static readonly string[] Chatbot = ["智能客服", "智能问答", "在线客服机器人", "小助手"];
    private static readonly string[] Reports = ["数据发布", "数据公开", "诉求数据"];
    private static readonly string[] Cases = ["热点诉求案例", "典型案例", "案例选登"];
    private static readonly string[] Enterprise = ["企业服务专区", "企业诉求直通车", "惠企服务"];
    private static readonly string[] Links = ["相关链接", "友情链接"];
    private static readonly string[] Prefixes = ["", "gov-", "zw-", "rx-"];

    public static PortalVocabulary Draw(SplitMix rng) => new()
    {
        Register = rng.Pick(Register),
        Login = rng.Pick(Login),
        Appeal = rng.Pick(Appeal),
        Progress = rng.Pick(Progress),
        Faq = rng.Pick(Faq),
        Submit = rng.Pick(Submit),
        Search = rng.Pick(Search),
        HotQuestions = rng.Pick(Hot),
        Chatbot = rng.Pick(Chatbot),
        Reports = rng.Pick(Reports),
        Cases = rng.Pick(Cases),
        Enterprise = rng.Pick(Enterprise),
        Links = rng.Pick(Links),
        IdPrefix = rng.Pick(Prefixes),
        Layout = rng.Below(3),
    };
}
