using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Analysis.Tests.Chatbot;

public sealed class AnswersFileTests
{
    [Test]
    public void Parse_ValidLines_ReadsSynonymSyntaxOptionalLabelAndSkipsBlankLines()
    {
        const string text = """
            {"question": "个体户怎么注册？", "key_points": ["营业执照|执照", "身份证"], "answer": "带身份证去办执照。", "label": "accurate"}

            {"question": "个体户怎么注册？", "key_points": ["营业执照"], "answer": ""}
            """;

        var loaded = AnswersFile.Parse("a.jsonl", text);

        Assert.That(loaded.Diagnostics, Is.Empty);
        var answers = loaded.Value!.Answers;
        Assert.That(answers.Select(a => a.Line), Is.EqualTo(new[] { 1, 3 }));
        Assert.That(answers[0].KeyPoints[0].Synonyms, Is.EqualTo(new[] { "营业执照", "执照" }));
        Assert.That(answers[0].Label, Is.EqualTo(JudgeLabel.Accurate));
        Assert.That((answers[1].Answer, answers[1].Label), Is.EqualTo(("", (JudgeLabel?)null)));
    }

    [Test]
    public void Parse_MalformedLines_ReportsEveryLineWithItsPlaceAndNoValue()
    {
        const string text = """
            {"question": "个体户怎么注册？", "key_points": ["营业执照"], "answer": "好的", "label": "accurate"}
            {"question": "个体户怎么注册？", "key_points": ["营业执照"], "answer": "好的" "label": "partial"}
            {"key_points": ["营业执照"], "answer": "好的"}
            {"question": "个体户怎么注册？", "key_points": ["营业执照"]}
            {"question": "个体户怎么注册？", "key_points": ["营业执照"], "answer": "好的", "label": "good"}
            {"question": "个体户怎么注册？", "key_points": ["营业执照||执照", ""], "answer": "好的", "score": 1}
            {"question": "个体户怎么注册？", "key_points": [], "answer": 3}
            ["not", "an", "object"]
            """;

        var loaded = AnswersFile.Parse("a.jsonl", text);

        Assert.That(loaded.Value, Is.Null);
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "a.jsonl:2:65: error: not valid JSON: '\"' is invalid after a value",
            "a.jsonl:3:1: error: missing 'question'",
            "a.jsonl:4:1: error: missing 'answer'",
            "a.jsonl:5:66: error: unknown label \"good\" (expected one of: accurate, partial, irrelevant, no_answer)",
            "a.jsonl:6:74: error: unknown key 'score' (expected one of: question, key_points, answer, label)",
            "a.jsonl:6:26: error: key point 1 ('营业执照||执照') has a blank synonym",
            "a.jsonl:6:26: error: key point 2 is empty or not a string",
            "a.jsonl:7:44: error: 'answer' must be a string",
            "a.jsonl:7:26: error: 'key_points' must be a non-empty list of strings",
            "a.jsonl:8:1: error: a line must be a JSON object with question, key_points and answer",
        }));
    }

    [Test]
    public void Parse_OnlyBlankLines_SaysThereAreNoAnswers()
    {
        var loaded = AnswersFile.Parse("a.jsonl", "\n  \n");

        Assert.That(loaded.Diagnostics.Single().ToString(), Is.EqualTo("a.jsonl:1:1: error: the file holds no answers"));
    }

    [Test]
    public void Judge_QuestionKnownToTheBank_UsesItsTopicAndTheLineKeyPoints()
    {
        const string line = """{"question": "新生儿怎么落户口？", "key_points": ["出生医学证明"], "answer": "新生儿落户需要出生医学证明。"}""";
        var file = AnswersFile.Parse("a.jsonl", line).Value!;

        var judged = file.Judge(JudgeFixture.Bank).Single();

        Assert.That(judged.Question.Id, Is.EqualTo("newborn-hukou"));
        Assert.That(judged.Question.Required.Single().Name, Is.EqualTo("出生医学证明"));
        Assert.That(judged.Verdict.Label, Is.EqualTo(JudgeLabel.Accurate));
        Assert.That(judged.Verdict.Evidence.Any(e => e.Role == KeyPointRole.Topic && e.Found), Is.True);
    }

    [Test]
    public void Judge_WithoutBank_UsesTheFileOtherQuestionsAsNegativeEvidence()
    {
        const string text = """
            {"question": "企业开办怎么办？", "key_points": ["一网通办", "营业执照", "公章|印章", "发票"], "answer": "个体工商户登记请带经营者身份证、经营场所证明去市场监管所，当场领营业执照。"}
            {"question": "个体户怎么注册？", "key_points": ["个体工商户|个体户", "市场监管", "经营者身份证", "经营场所", "营业执照"], "answer": "好的"}
            """;
        var file = AnswersFile.Parse("a.jsonl", text).Value!;

        var judged = file.Judge();

        Assert.That(judged[0].Verdict.Label, Is.EqualTo(JudgeLabel.Irrelevant), judged[0].Verdict.Reason);
        Assert.That(judged[0].Verdict.Reason, Does.Contain("line-2"));
    }
}
