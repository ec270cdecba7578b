using PortalProbe.Population.Internal;
using PortalProbe.Simulator.Chatbot;

namespace PortalProbe.Population.Generation;

/// <summary>fixtures/population/questions.json, compiled in: the bank every generated population uses.</summary>
public static class QuestionBankFile
{
    private static readonly Lazy<QuestionBank> Bank = new(Load);

    /// <summary>The bank as parsed.</summary>
    public static QuestionBank Default => Bank.Value;

    /// <summary>The file's text, written into each population folder as questions.json.</summary>
    public static string Text => Resources.Text("questions.json");

    private static QuestionBank Load() => QuestionBank.Parse(Text, "fixtures/population/questions.json");
}
