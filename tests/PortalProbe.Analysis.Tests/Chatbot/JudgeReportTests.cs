using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Analysis.Tests.Chatbot;

public sealed class JudgeReportTests
{
    [Test]
    public void Render_LabelledAnswers_PrintsVerdictsEvidenceAndAgreement()
    {
        const string text = """
            {"question": "个体户怎么注册？", "key_points": ["营业执照|执照", "身份证"], "answer": "带身份证去市场监管所办营业执造。", "label": "accurate"}
            {"question": "个体户怎么注册？", "key_points": ["营业执照|执照", "身份证"], "answer": "抱歉，没有理解。", "label": "irrelevant"}
            """;
        var judged = AnswersFile.Parse("a.jsonl", text).Value!.Judge();

        var report = JudgeReport.Render(judged);

        Assert.That(report, Is.EqualTo("""
            line 1: accurate (1), label accurate - all required key points (2/2 required key points)
                + 营业执照: "营业执造"@11~营业执照(75)
                + 身份证: "身份证"@1
            line 2: no_answer (0), label irrelevant  DIFFERS - only a deflection: 抱歉、没有理解
                - 营业执照
                - 身份证

            answers: 2, labelled: 2, mean score: 0.500
            agreement: 1/2 = 0.500
            score agreement: 2/2 = 1.000
            confusion matrix (rows: label, columns: judge):
            label \ judge    accurate    partial irrelevant  no_answer
            accurate                1          0          0          0
            partial                 0          0          0          0
            irrelevant              0          0          0          1
            no_answer               0          0          0          0

            """.ReplaceLineEndings()));
    }

    [Test]
    public void Render_UnlabelledAnswers_PrintsNoAgreement()
    {
        var judged = AnswersFile.Parse("a.jsonl", """{"question": "q", "key_points": ["挂失"], "answer": "请先挂失。"}""").Value!.Judge();

        var report = JudgeReport.Render(judged);

        Assert.That(report, Does.StartWith("line 1: accurate (1) - "));
        Assert.That(report, Does.Not.Contain("agreement"));
    }
}
