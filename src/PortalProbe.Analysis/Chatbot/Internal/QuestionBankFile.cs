using PortalProbe.Analysis.Chatbot.Internal.Yaml;
using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Analysis.Chatbot.Internal;

/// <summary>Reads one question-bank file from disk or from text.</summary>
internal static class QuestionBankFile
{
    public static BankPart? Read(string path, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(path), $"cannot read the file: {e.Message}");
            return null;
        }

        return Parse(path, text, diagnostics);
    }

    public static BankPart? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Items.Count;
        var root = YamlTreeReader.Read(file, text, diagnostics);
        if (root is null)
        {
            if (diagnostics.Items.Count == errorsBefore)
            {
                diagnostics.Error(SourceLocation.StartOf(file), "the file is empty");
            }

            return null;
        }

        return new QuestionBankReader(new YamlFields(diagnostics)).Read(root);
    }
}
