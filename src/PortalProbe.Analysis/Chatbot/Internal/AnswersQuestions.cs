namespace PortalProbe.Analysis.Chatbot.Internal;

/// <summary>The questions behind the lines of an answers file, completed from a question bank where it knows them.</summary>
internal sealed class AnswersQuestions
{
    private readonly Dictionary<LabelledAnswer, Question> _byAnswer;

    private AnswersQuestions(Dictionary<LabelledAnswer, Question> byAnswer, IReadOnlyList<Question> context)
    {
        _byAnswer = byAnswer;
        Context = context;
    }

    /// <summary>The bank's questions and the file's own (first wording seen), for negative evidence.</summary>
    public IReadOnlyList<Question> Context { get; }

    public static AnswersQuestions Build(IReadOnlyList<LabelledAnswer> answers, QuestionBank? bank)
    {
        var byAnswer = new Dictionary<LabelledAnswer, Question>(ReferenceEqualityComparer.Instance);
        var context = bank?.Questions.ToList() ?? [];
        foreach (var answer in answers)
        {
            var known = bank?.FindByWording(answer.Question);
            var question = known is null
                ? Question.Adhoc($"line-{answer.Line}", answer.Question, answer.KeyPoints)
                : known with { Text = answer.Question, Paraphrases = [.. known.Wordings.Where(w => w != answer.Question)], Required = answer.KeyPoints };
            byAnswer[answer] = question;
            if (known is null && !context.Exists(q => q.Text == answer.Question))
            {
                context.Add(question);
            }
        }

        return new AnswersQuestions(byAnswer, context);
    }

    public Question For(LabelledAnswer answer) => _byAnswer[answer];
}
