using PortalProbe.Cities;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Tests.Support;

/// <summary>Builds <see cref="CheckScript"/> records in C# for tests that need no YAML and no browser.</summary>
internal sealed class ScriptBuilder
{
    public const string SourceFile = "checks/cities/330100-hangzhou.yaml";

    public static readonly CityInfo Hangzhou = new("330100", "杭州市", "浙江省", "新一线", "副省级");

    private readonly Dictionary<string, ValueTemplate> _vars = new(StringComparer.Ordinal);
    private readonly List<string> _runtime = [];
    private readonly List<ChannelSpec> _channels = [];
    private readonly List<Scenario> _scenarios = [];

    public ScriptBuilder Runtime(string name)
    {
        _runtime.Add(name);
        return this;
    }

    public ScriptBuilder Var(string name, string raw)
    {
        _vars[name] = Template(raw);
        return this;
    }

    public ScriptBuilder Channel(ChannelKind kind, string entry = "http://127.78.0.1/")
    {
        _channels.Add(new ChannelSpec(kind, Template(entry), At(_channels.Count + 10)));
        return this;
    }

    public ScriptBuilder Scenario(string name, params Step[] steps) => Scenario(name, [], steps);

    public ScriptBuilder Scenario(string name, IReadOnlyList<ChannelKind> channels, params Step[] steps)
    {
        _scenarios.Add(new Scenario(name, ScenarioKind.Custom, channels, steps, At(_scenarios.Count + 20)));
        return this;
    }

    public CheckScript Build() =>
        new(SourceFile, Hangzhou, _vars, _runtime, _channels.Count > 0 ? _channels : [new ChannelSpec(ChannelKind.Web, Template("http://127.78.0.1/"), At(10))], _scenarios);

    public static ValueTemplate Template(string raw) =>
        ValueTemplate.TryParse(raw, out var error) ?? throw new ArgumentException(error, nameof(raw));

    public static SourceLocation At(int line) => new(SourceFile, line, 9);

    public static GotoStep Goto(string url) => new(At(30), Template(url));

    public static FillStep Fill(string selector, string value, bool sensitive = false) =>
        new(At(31), new Target(TargetKind.Selector, Template(selector)), Template(value), sensitive);
}
