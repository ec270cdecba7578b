using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Personalities.Internal;

namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>One hand-written chatbot answer and the words that call it up.</summary>
internal sealed record RobotAnswer(IReadOnlyList<string> Triggers, string Answer);

/// <summary>
/// A hand-written chatbot (robot.json: <c>{ "fallback", "answers": [ { "bank", "quality", "triggers", "answer" } ] }</c>):
/// the first answer whose trigger occurs in the question, else the fallback. <c>bank</c> and <c>quality</c> say
/// which question-bank entry an answer is meant for and how well it covers the key points; they document the ground
/// truth and are not read here, so that the answers' wording alone decides what a judge makes of them.
/// </summary>
internal sealed record RobotScript(IReadOnlyList<RobotAnswer> Answers, string Fallback)
{
    public const int MaxQuestionLength = 100;
    private static readonly string[] Fields = ["comment", "fallback", "answers"];
    private static readonly string[] AnswerFields = ["bank", "quality", "triggers", "answer"];

    public string Reply(string question) =>
        Answers.FirstOrDefault(a => a.Triggers.Any(t => question.Contains(t, StringComparison.Ordinal)))?.Answer ?? Fallback;

    /// <summary>The script in <paramref name="file"/>; problems go to <paramref name="problems"/> under that file's name.</summary>
    public static RobotScript? Load(string file, JsonProblems owner)
    {
        if (!File.Exists(file))
        {
            owner.Add("dynamic", $"the robot is on but {file} does not exist");
            return null;
        }

        try
        {
            using var document = PersonalityFile.Parse(file, 256 * 1024);
            var problems = new JsonProblems(file);
            var script = Read(document.RootElement, problems);
            problems.ThrowIfAny();
            return script;
        }
        catch (PersonalityFileException error)
        {
            foreach (var problem in error.Problems)
            {
                owner.Items.Add(problem);
            }

            return null;
        }
    }

    private static RobotScript? Read(System.Text.Json.JsonElement root, JsonProblems problems)
    {
        if (JsonCursor.Object(root, "", problems) is not { } top)
        {
            return null;
        }

        top.RejectUnknown(Fields);
        top.String("comment", required: false, maxLength: 2000);
        var fallback = top.String("fallback", maxLength: 400);
        var answers = new List<RobotAnswer>();
        foreach (var (item, at) in top.Array("answers", required: true))
        {
            if (JsonCursor.Object(item, at, problems) is not { } answer)
            {
                continue;
            }

            answer.RejectUnknown(AnswerFields);
            answer.String("bank", required: false);
            answer.String("quality", required: false);
            var triggers = answer.Strings("triggers", required: true, maxLength: 20);
            var text = answer.String("answer", maxLength: 1000);
            if (triggers.Count == 0 || triggers.Any(string.IsNullOrWhiteSpace))
            {
                problems.Add(answer.Child("triggers"), "needs at least one non-empty trigger");
            }
            else if (text is not null)
            {
                answers.Add(new RobotAnswer(triggers, text));
            }
        }

        return fallback is null ? null : new RobotScript(answers, fallback);
    }
}
