using System.Text.Json;
using PortalProbe.Analysis.Chatbot;
using PortalProbe.Population.Generation;
using PortalProbe.Testing;
using CheckBank = PortalProbe.Analysis.Chatbot.QuestionBank;
using SimulatorBank = PortalProbe.Simulator.Chatbot.QuestionBank;

namespace PortalProbe.Cli.Tests.GroundTruth;

/// <summary>
/// The two question banks agree: the chatbot check asks <c>checks/questions/</c> and the simulated chatbots answer
/// from <c>fixtures/population/questions.json</c>, so the simulator must know every question by the same id and
/// wordings, recognise each wording as its own question, and its accurate, partial and deflecting answers must be
/// judged as the chatbot modes intend. Only then can a chatbot's measured accuracy be compared with ground truth
/// (Accurate 1.0, Partial 0.5, deflecting or silent 0).
/// </summary>
public sealed class QuestionBanksAgreeTests
{
    private static readonly Lazy<CheckBank> Checks = new(() => CheckBank.Load(Path.Combine(RepoPaths.Checks, "questions")).Value!);

    private static SimulatorBank Simulator => QuestionBankFile.Default;

    private static IEnumerable<TestCaseData> CheckQuestions() =>
        Checks.Value.Questions.Select(q => new TestCaseData(q.Id).SetName($"Answers_{q.Id}_AreJudgedAsTheirModeIntends"));

    [Test]
    public void SimulatorBank_HoldsEveryCheckQuestion_WithTheSameWordings()
    {
        var expected = Checks.Value.Questions.Select(q => $"{q.Id}: {q.Text} | {string.Join(" | ", q.Paraphrases)}");
        var actual = Simulator.Questions.Select(q => $"{q.Id}: {q.Question} | {string.Join(" | ", q.Paraphrases)}");

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void SimulatorBank_RecognisesEveryWording_AsItsOwnQuestion()
    {
        var wrong = Checks.Value.Questions
            .SelectMany(q => q.Wordings.Select(w => (q.Id, Wording: w, Recognised: Simulator.Recognise(w)?.Id)))
            .Where(x => x.Recognised != x.Id)
            .Select(x => $"{x.Wording}: {x.Recognised ?? "nothing"} instead of {x.Id}");

        Assert.That(wrong, Is.Empty);
    }

    [TestCaseSource(nameof(CheckQuestions))]
    public void Answers_OfEachMode_AreJudgedAsTheirModeIntends(string id)
    {
        var question = Checks.Value.Find(id)!;
        var simulated = Simulator.Questions.Single(q => q.Id == id);
        var answers = (Accurate: simulated.AccurateAnswers, Partial: simulated.PartialAnswers);
        var judge = ChatbotJudge.For(Checks.Value);
        var judged = question.Wordings.SelectMany(asked =>
            answers.Accurate.Select(a => (Want: JudgeLabel.Accurate, asked, a))
                .Concat(answers.Partial.Select(a => (Want: JudgeLabel.Partial, asked, a)))
                .Concat(Simulator.Deflections.Select(a => (Want: JudgeLabel.NoAnswer, asked, a))))
            .Select(x => (x.Want, x.asked, x.a, Verdict: judge.Judge(question, x.a, x.asked)))
            .ToList();

        var accurateOrPartialWrong = judged
            .Where(x => x.Want != JudgeLabel.NoAnswer && x.Verdict.Label != x.Want)
            .Select(x => $"asked {x.asked}: wanted {x.Want.ToName()}, got {x.Verdict.Label.ToName()} ({x.Verdict.Reason}): {x.a}");
        Assert.That(accurateOrPartialWrong, Is.Empty);
        Assert.That(answers.Accurate, Is.Not.Empty);
        Assert.That(answers.Partial, Is.Not.Empty);
    }

    [Test]
    public void Deflections_ScoreAtMostOneHalfPointOverTheBank()
    {
        var judge = ChatbotJudge.For(Checks.Value);
        foreach (var deflection in Simulator.Deflections)
        {
            var scores = Checks.Value.Questions.Select(q => (q.Id, judge.Judge(q, deflection).Score)).ToList();

            Assert.That(scores.Sum(s => s.Score), Is.LessThanOrEqualTo(0.5),
                () => $"{deflection}: " + string.Join(", ", scores.Where(s => s.Score > 0).Select(s => $"{s.Id} {s.Score}")));
        }
    }

    /// <summary>
    /// Hand-judged answers the judge labels differently, kept visible rather than tuned away (the bank is the judge's
    /// data and its held-out agreement is measured on it). 西安's 医保 answer names who may file as
    /// "长期在外地居住、临时出差外出就医", which the 人员类型 synonyms (异地长期居住, 临时外出 ...) do not cover: partial,
    /// not accurate. It costs 0.5/13 of the measured accuracy, inside the ground-truth comparison's tolerance.
    /// </summary>
    private static readonly Dictionary<string, string> KnownJudgeMisses = new(StringComparer.Ordinal)
    {
        ["medical-insurance-remote"] = "partial",
    };

    [Test]
    public void HandwrittenRobot_AnswersEveryWording_AsItsHandJudgedQualitySays()
    {
        var xian = Path.Combine(RepoPaths.Fixtures, "handwritten", "610100-xian");
        using var robot = JsonDocument.Parse(File.ReadAllText(Path.Combine(xian, "robot.json")));
        var answers = robot.RootElement.GetProperty("answers").EnumerateArray().Select(a => (
            Bank: a.GetProperty("bank").GetString()!,
            Quality: a.GetProperty("quality").GetString()!,
            Triggers: a.GetProperty("triggers").EnumerateArray().Select(t => t.GetString()!).ToList(),
            Text: a.GetProperty("answer").GetString()!)).ToList();
        var judge = ChatbotJudge.For(Checks.Value);

        // The robot answers the first entry one of whose triggers the question contains (RobotScript.Reply).
        var judged = Checks.Value.Questions
            .SelectMany(q => q.Wordings.Select(asked => (q, asked, Reply: answers.FirstOrDefault(a => a.Triggers.Any(t => asked.Contains(t, StringComparison.Ordinal))))))
            .Select(x => (x.q, x.asked, x.Reply, Label: x.Reply.Text is null ? null : judge.Judge(x.q, x.Reply.Text, x.asked).Label.ToName()))
            .ToList();
        var unrecognised = judged.Where(x => x.Reply.Bank != x.q.Id).Select(x => $"{x.asked}: answered as {x.Reply.Bank ?? "fallback"}");
        var misjudged = judged.Where(x => x.Reply.Bank == x.q.Id && x.Label != x.Reply.Quality)
            .Select(x => (x.q.Id, x.Label))
            .Distinct()
            .ToDictionary(x => x.Id, x => x.Label!);
        var qualities = Checks.Value.Questions.Select(q => answers.Single(a => a.Bank == q.Id).Quality).ToList();
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(xian, "ground-truth.json")));

        Assert.That(unrecognised, Is.Empty);
        Assert.That(misjudged, Is.EquivalentTo(KnownJudgeMisses), "a judge miss that is not known, or a known one the judge no longer makes");
        Assert.That(truth.RootElement.GetProperty("chatbotAccuracy").GetDouble(),
            Is.EqualTo(qualities.Average(q => q == "accurate" ? 1.0 : q == "partial" ? 0.5 : 0.0)).Within(0.0001));
    }
}
