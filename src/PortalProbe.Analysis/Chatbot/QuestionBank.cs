using PortalProbe.Analysis.Chatbot.Internal;
using PortalProbe.Diagnostics;

namespace PortalProbe.Analysis.Chatbot;

/// <summary>The monitoring questions and the markers of deflections, menus and guides, from <c>checks/questions/</c>.</summary>
public sealed record QuestionBank(IReadOnlyList<Question> Questions, JudgeMarkers Markers)
{
    /// <summary>
    /// Loads a bank from one YAML file, or from every <c>*.yaml</c>/<c>*.yml</c> file of a folder (in name order).
    /// Every mistake of every file is reported; the value is null when there is any error.
    /// </summary>
    public static ChatbotLoadResult<QuestionBank> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var diagnostics = new DiagnosticBag();
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [path];
        if (files.Count == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(path), "the folder holds no question bank (*.yaml)");
        }

        var parts = new List<BankPart>();
        foreach (var file in files)
        {
            if (QuestionBankFile.Read(file, diagnostics) is { } part)
            {
                parts.Add(part);
            }
        }

        return Combine(parts, diagnostics);
    }

    /// <summary>Parses a bank from text; <paramref name="file"/> is only used to place the diagnostics.</summary>
    public static ChatbotLoadResult<QuestionBank> Parse(string file, string text)
    {
        var diagnostics = new DiagnosticBag();
        var part = QuestionBankFile.Parse(file, text, diagnostics);
        return Combine(part is null ? [] : [part], diagnostics);
    }

    /// <summary>The question with this id, or null.</summary>
    public Question? Find(string id) => Questions.FirstOrDefault(q => q.Id == id);

    /// <summary>The question asked with exactly this wording (text or paraphrase, compared after normalisation), or null.</summary>
    public Question? FindByWording(string wording)
    {
        var wanted = ChineseText.Normalise(wording).Value;
        return Questions.FirstOrDefault(q => q.Wordings.Any(w => ChineseText.Normalise(w).Value == wanted));
    }

    private static ChatbotLoadResult<QuestionBank> Combine(List<BankPart> parts, DiagnosticBag diagnostics)
    {
        var firstPlaces = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (id, at) in parts.SelectMany(p => p.Ids))
        {
            if (!firstPlaces.TryAdd(id, at))
            {
                diagnostics.Error(at, $"duplicate question id '{id}' (first at {firstPlaces[id]})");
            }
        }

        var markers = parts.Aggregate(JudgeMarkers.None, (all, part) => all.Merge(part.Markers));
        var questions = parts.SelectMany(p => p.Questions).ToList();

        return new ChatbotLoadResult<QuestionBank>(diagnostics.HasErrors ? null : new QuestionBank(questions, markers), diagnostics.Items);
    }
}
