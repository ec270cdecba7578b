using PortalProbe.Scripts;

namespace PortalProbe.Checks.Tests.Support;

/// <summary>Builds city scripts for tests and loads them.</summary>
internal static class CityScripts
{
    public const string CityFile = "cities/330100-test.yaml";

    /// <summary>A valid city script's head: the city 330100 and one web channel at http://127.0.0.1/ (lines 1–9).</summary>
    public const string Head = """
        city:
          code: "330100"
          name: 杭州市
          province: 浙江省
          tier: 新一线
          level: 副省级
        channels:
          - kind: web
            entry: http://127.0.0.1/
        """;

    /// <summary>A valid city script with the given scenarios, written as a YAML list at column 1; the list starts at line 11.</summary>
    public static string WithScenarios(string scenarios) => $"{Head}\nscenarios:\n{Indent(scenarios, 2)}";

    /// <summary>
    /// A valid city script whose single scenario has the given steps, written as a YAML list at column 1.
    /// The first step's keyword is at line 14, column 9 of the file (the list is indented by six spaces).
    /// </summary>
    public static string WithSteps(string steps) => WithScenarios($"""
        - name: s
          kind: custom
          steps:
        {Indent(steps, 4)}
        """);

    public static string Indent(string text, int spaces) =>
        string.Join('\n', text.Split('\n').Select(l => l.Length == 0 ? l : new string(' ', spaces) + l));

    /// <summary>Loads the folder's city 330100 with no environment variables set.</summary>
    public static LoadResult<CheckScript> LoadCity(this ChecksFolder folder, IReadOnlyDictionary<string, string>? environment = null) =>
        ScriptLibrary.Load(folder.Root, name => environment?.GetValueOrDefault(name)).FindCity("330100");

    /// <summary>The steps of the only scenario of a city whose script has the given steps; fails on any error.</summary>
    public static IReadOnlyList<Step> ParseSteps(
        this ChecksFolder folder, string steps, IReadOnlyDictionary<string, string>? environment = null)
    {
        folder.Write(CityFile, WithSteps(steps));
        var result = folder.LoadCity(environment);
        Assert.That(folder.Format(result.Diagnostics), Is.Empty);
        return result.Value!.Scenarios[0].Steps;
    }

    /// <summary>The error lines of a city whose script has the given steps.</summary>
    public static IReadOnlyList<string> StepErrors(this ChecksFolder folder, string steps)
    {
        folder.Write(CityFile, WithSteps(steps));
        var result = folder.LoadCity();
        Assert.That(result.Value, Is.Null);
        return folder.Format(result.Diagnostics);
    }
}
