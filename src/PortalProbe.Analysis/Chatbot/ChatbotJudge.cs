using PortalProbe.Analysis.Chatbot.Internal;

namespace PortalProbe.Analysis.Chatbot;

/// <summary>
/// Scores a chatbot answer on the evaluators' scale: accurate (1), partial (0.5), irrelevant or no answer (0).
/// The other questions it knows are negative evidence: an answer naming their key points is about another procedure.
/// Pure and thread-safe; no network model.
/// </summary>
public sealed class ChatbotJudge
{
    private readonly IReadOnlyList<Question> _context;
    private readonly JudgeMarkers _markers;

    /// <param name="context">The questions of the bank (the judged one may be among them).</param>
    /// <param name="markers">Markers added to <see cref="JudgeMarkers.Default"/>.</param>
    public ChatbotJudge(IEnumerable<Question> context, JudgeMarkers? markers = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context.ToList();
        _markers = JudgeMarkers.Default.Merge(markers ?? JudgeMarkers.None);
    }

    public static ChatbotJudge For(QuestionBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return new ChatbotJudge(bank.Questions, bank.Markers);
    }

    /// <param name="question">The question with its key points.</param>
    /// <param name="answer">The chatbot's answer as captured.</param>
    /// <param name="asked">The wording actually asked (the text or a paraphrase); an answer repeating it earns nothing for that. Defaults to the text.</param>
    public JudgeVerdict Judge(Question question, string answer, string? asked = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var facts = AnswerReader.Read(question, asked ?? question.Text, answer ?? "", _markers, _context);
        var (label, reason) = VerdictRules.Decide(facts);
        return new JudgeVerdict(label, reason, facts.Evidence);
    }
}
