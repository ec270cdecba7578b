namespace PortalProbe.Scripts;

/// <summary>What a scenario checks; the fixed list the indicator scores are built on.</summary>
public enum ScenarioKind
{
    Registration,
    Login,
    Links,
    Submission,
    Progress,
    Chatbot,
    Disclosure,
    SelfService,
    Custom,
}

public static class ScenarioKinds
{
    private static readonly Dictionary<string, ScenarioKind> ById = new(StringComparer.Ordinal)
    {
        ["registration"] = ScenarioKind.Registration,
        ["login"] = ScenarioKind.Login,
        ["links"] = ScenarioKind.Links,
        ["submission"] = ScenarioKind.Submission,
        ["progress"] = ScenarioKind.Progress,
        ["chatbot"] = ScenarioKind.Chatbot,
        ["disclosure"] = ScenarioKind.Disclosure,
        ["selfservice"] = ScenarioKind.SelfService,
        ["custom"] = ScenarioKind.Custom,
    };

    public static IEnumerable<string> Ids => ById.Keys;

    public static bool TryParse(string? id, out ScenarioKind kind) => ById.TryGetValue(id ?? "", out kind);

    public static string ToId(this ScenarioKind kind) => ById.First(p => p.Value == kind).Key;
}
