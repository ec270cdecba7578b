using PortalProbe.Simulator.Faults;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Chatbot;

/// <summary>
/// What a portal's chatbot says to a message: the answer variant is chosen from the city and the question,
/// so two cities with the same personality still word their answers differently. Null means no answer at all.
/// </summary>
internal static class ChatbotReplies
{
    public const string Greeting = "您好，我是智能客服小助手，请问有什么可以帮您？";

    public const string NotUnderstood = "抱歉，我暂时没有理解您的问题，您可以换个说法，或拨打12345热线。";

    public static string? Reply(PortalPersonality portal, QuestionBank bank, string message)
    {
        if (portal.Chatbot is ChatbotMode.None or ChatbotMode.Silent)
        {
            return null;
        }

        if (portal.Chatbot == ChatbotMode.Deflect)
        {
            return Pick(bank.Deflections, portal, message) ?? NotUnderstood;
        }

        var question = bank.Recognise(message);
        if (question is null)
        {
            return NotUnderstood;
        }

        var answers = portal.Chatbot == ChatbotMode.Accurate || question.PartialAnswers.Count == 0
            ? question.AccurateAnswers
            : question.PartialAnswers;
        return Pick(answers, portal, question.Id);
    }

    private static string? Pick(IReadOnlyList<string> options, PortalPersonality portal, string key) =>
        options.Count == 0 ? null : options[FaultSchedule.Roll(portal.Faults.Seed, portal.CityCode, "chat:" + key, 1) % options.Count];
}
