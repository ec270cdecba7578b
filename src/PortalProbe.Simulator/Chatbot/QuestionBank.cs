using System.Text.Json;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Personalities.Internal;

namespace PortalProbe.Simulator.Chatbot;

/// <summary>
/// One monitoring question: how evaluators ask it (<see cref="Question"/> and <see cref="Paraphrases"/>), the words
/// a chatbot recognises it by (<see cref="Triggers"/>), the key points an accurate answer covers, and the answers
/// the simulated chatbots give, each in its own words rather than the key points' (accurate ones cover every key
/// point, partial ones only some).
/// </summary>
public sealed record BankQuestion(
    string Id,
    string Question,
    IReadOnlyList<string> Paraphrases,
    IReadOnlyList<string> Triggers,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<string> AccurateAnswers,
    IReadOnlyList<string> PartialAnswers)
{
    /// <summary>The first accurate answer, as the FAQ shows it; empty when there is none.</summary>
    public string FaqAnswer => AccurateAnswers.Count > 0 ? AccurateAnswers[0] : "";
}

/// <summary>The question bank behind the chatbot, the FAQ and the hot-question list.</summary>
/// <param name="Deflections">Generic answers a deflecting chatbot gives to anything.</param>
public sealed record QuestionBank(IReadOnlyList<BankQuestion> Questions, IReadOnlyList<string> Deflections)
{
    private static readonly string[] RootFields = ["questions", "deflections"];
    private static readonly string[] QuestionFields = ["id", "question", "paraphrases", "triggers", "keyPoints", "answers"];
    private static readonly string[] AnswerFields = ["accurate", "partial"];

    /// <summary>The small bank the first portal's FAQ shows; used when no questions.json is given.</summary>
    public static QuestionBank BuiltIn { get; } = new(
        [
            new("register", "如何注册账号？", ["怎么注册一个账号"], ["注册"], ["手机号加短信验证码注册", "密码不少于8位"],
                ["点击“用户注册”，填写手机号并获取短信验证码，设置不少于8位的密码即可完成注册。"], ["在注册页面填写手机号即可。"]),
            new("reply-time", "诉求提交后多久答复？", ["提交以后多长时间有回复"], ["多久答复", "多久回复", "多长时间"], ["一般5个工作日内答复", "复杂诉求告知办理时限"],
                ["一般诉求在5个工作日内答复，复杂诉求会告知办理时限。"], ["我们会尽快答复您。"]),
            new("progress", "如何查询办理进度？", ["怎么看工单办到哪一步了"], ["进度", "查询"], ["凭工单编号查询"],
                ["点击“诉求查询”，输入提交成功后获得的工单编号即可查询。"], ["可以在网站上查询。"]),
            new("business-startup", "企业开办一件事怎么办理？", ["开公司要跑哪些部门"], ["企业开办", "开办企业", "开公司"], ["一次申报", "执照、印章、发票一网通办"],
                ["可通过政务服务网“企业开办一件事”专区一次申报，营业执照、印章、发票等一网通办。"], ["可以到政务服务中心咨询办理。"]),
        ],
        ["您好，您的问题我们已收到，建议您拨打12345热线详细咨询。"]);

    /// <summary>The question whose triggers or wording the message mentions, or null.</summary>
    public BankQuestion? Recognise(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Questions.FirstOrDefault(q =>
            q.Triggers.Any(t => message.Contains(t, StringComparison.Ordinal))
            || string.Equals(q.Question, message.Trim(), StringComparison.Ordinal)
            || q.Paraphrases.Any(p => string.Equals(p, message.Trim(), StringComparison.Ordinal)));
    }

    /// <summary>Loads a questions.json: <c>{ "questions": [ { "id", "question", "paraphrases", "triggers", "keyPoints", "answers": { "accurate": [...], "partial": [...] } } ], "deflections": [...] }</c>.</summary>
    /// <exception cref="PersonalityFileException">Listing every problem with its file and field.</exception>
    public static QuestionBank Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var document = PersonalityFile.Parse(path, 4L * 1024 * 1024);
        return Read(document, path);
    }

    /// <summary>Parses a questions.json text; <paramref name="sourceName"/> names it in the problems.</summary>
    /// <exception cref="PersonalityFileException">Listing every problem with its field.</exception>
    public static QuestionBank Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = PersonalityFile.ParseText(System.Text.Encoding.UTF8.GetBytes(json), sourceName);
        return Read(document, sourceName);
    }

    private static QuestionBank Read(JsonDocument document, string source)
    {
        var problems = new JsonProblems(source);
        var bank = Read(document.RootElement, problems);
        problems.ThrowIfAny();
        return bank;
    }

    private static QuestionBank Read(JsonElement root, JsonProblems problems)
    {
        if (JsonCursor.Object(root, "", problems) is not { } top)
        {
            return BuiltIn;
        }

        top.RejectUnknown(RootFields);
        var questions = new List<BankQuestion>();
        foreach (var (item, at) in top.Array("questions", required: true))
        {
            if (JsonCursor.Object(item, at, problems) is not { } q)
            {
                continue;
            }

            q.RejectUnknown(QuestionFields);
            var id = q.String("id");
            var question = q.String("question");
            var answers = q.Nested("answers");
            if (answers is null)
            {
                problems.Add(q.Child("answers"), "missing");
            }

            answers?.RejectUnknown(AnswerFields);
            var accurate = answers?.Strings("accurate", required: true) ?? [];
            var partial = answers?.Strings("partial", required: true) ?? [];
            var triggers = q.Strings("triggers", required: true, maxLength: 50);
            if (answers is { } a && accurate.Count == 0)
            {
                problems.Add(a.Child("accurate"), "needs at least one answer");
            }

            if (triggers.Count == 0 || triggers.Any(string.IsNullOrWhiteSpace))
            {
                problems.Add(q.Child("triggers"), "needs at least one non-empty trigger");
            }

            var built = new BankQuestion(id ?? "", question ?? "", q.Strings("paraphrases", required: false), triggers,
                q.Strings("keyPoints", required: true), accurate, partial);
            if (id is not null && question is not null)
            {
                questions.Add(built);
            }
        }

        var deflections = top.Strings("deflections", required: true);
        if (deflections.Count == 0)
        {
            problems.Add("deflections", "needs at least one deflection");
        }

        return new QuestionBank(questions, deflections);
    }
}
