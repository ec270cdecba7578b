using PortalProbe.Analysis.Chatbot.Internal;
using PortalProbe.Diagnostics;

namespace PortalProbe.Analysis.Chatbot;

/// <summary>
/// A JSON Lines file of chatbot answers, one object a line:
/// <c>{"question": TEXT, "key_points": ["营业执照|执照", ...], "answer": TEXT, "label": "accurate"|"partial"|"irrelevant"|"no_answer"}</c>
/// (label optional; blank lines ignored). See docs/chatbot-judge.md.
/// </summary>
public sealed record AnswersFile(string Path, IReadOnlyList<LabelledAnswer> Answers)
{
    /// <summary>Reads the file; every malformed line is reported as <c>file:line:column</c>, and the value is null when any is.</summary>
    public static ChatbotLoadResult<AnswersFile> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return Parse(path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ChatbotLoadResult<AnswersFile>(null, [Diagnostic.Error(SourceLocation.StartOf(path), $"cannot read the file: {e.Message}")]);
        }
    }

    /// <summary>Parses answers from text; <paramref name="file"/> is only used to place the diagnostics.</summary>
    public static ChatbotLoadResult<AnswersFile> Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new DiagnosticBag();
        var answers = AnswersLineReader.ReadAll(file, text, diagnostics);
        if (answers.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(SourceLocation.StartOf(file), "the file holds no answers");
        }

        return new ChatbotLoadResult<AnswersFile>(diagnostics.HasErrors ? null : new AnswersFile(file, answers), diagnostics.Items);
    }

    /// <summary>
    /// Judges every answer. A question whose wording is one of <paramref name="bank"/>'s gets that question's topic and
    /// optional points (its required points stay the line's own); every other question of the bank and of the file is
    /// negative evidence.
    /// </summary>
    public IReadOnlyList<JudgedAnswer> Judge(QuestionBank? bank = null)
    {
        var questions = AnswersQuestions.Build(Answers, bank);
        var judge = new ChatbotJudge(questions.Context, bank?.Markers);
        return Answers.Select(a =>
        {
            var question = questions.For(a);
            return new JudgedAnswer(a, question, judge.Judge(question, a.Answer));
        }).ToList();
    }
}
