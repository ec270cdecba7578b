using PortalProbe.Checks.Parsing;
using PortalProbe.Checks.Variables;
using PortalProbe.Cities;
using PortalProbe.Scripts;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Cities;

/// <summary>Reads a city script's sections: <c>city</c>, <c>runtime</c>, <c>vars</c>, <c>channels</c>, <c>scenarios</c>.</summary>
internal sealed class CityScriptParser(ParseContext context)
{
    private static readonly IReadOnlyList<string> RootKeys = ["city", "runtime", "vars", "channels", "scenarios"];
    private static readonly IReadOnlyList<string> CityKeys = ["code", "name", "province", "tier", "level"];

    public ParsedCity? Parse(YamlNode root)
    {
        if (context.Mapping(root, "a city script") is not { } mapping)
        {
            return null;
        }

        context.RejectUnknownKeys(mapping, RootKeys, "a city script");
        var city = mapping["city"] is { } cityNode ? City(cityNode) : Missing<CityInfo>(mapping, "'city'");
        var runtime = mapping["runtime"] is { } runtimeNode ? Runtime(runtimeNode) : [];
        var vars = mapping["vars"] is { } varsNode ? Vars(varsNode, runtime) : [];
        var scenarios = new ScenarioParser(context);
        var channels = scenarios.Channels(mapping["channels"], mapping);
        return new ParsedCity(city, runtime, vars, channels, scenarios.Scenarios(mapping["scenarios"], mapping, channels));
    }

    private CityInfo? City(YamlNode node)
    {
        if (context.Mapping(node, "'city'") is not { } mapping)
        {
            return null;
        }

        context.RejectUnknownKeys(mapping, CityKeys, "'city'");
        var values = CityKeys.ToDictionary(k => k, k => mapping[k] is { } v ? context.Scalar(v, $"city '{k}'") : Missing<string>(mapping, $"city '{k}'"));
        if (values["code"] is { } code)
        {
            var fileName = Path.GetFileName(context.File);
            if (!CityInfo.IsValidCode(code))
            {
                context.Error(mapping["code"]!, $"city code must be six digits, not '{code}'");
            }
            else if (!fileName.StartsWith(code, StringComparison.Ordinal))
            {
                context.Error(mapping["code"]!, $"the file name '{fileName}' must start with the city code {code}");
            }
        }

        OneOf(mapping, "tier", values["tier"], CityInfo.Tiers);
        OneOf(mapping, "level", values["level"], CityInfo.Levels);
        return values.Values.Any(v => v is null)
            ? null
            : new CityInfo(values["code"]!, values["name"]!, values["province"]!, values["tier"]!, values["level"]!);
    }

    private void OneOf(YamlMapping mapping, string key, string? value, IReadOnlyList<string> allowed)
    {
        if (value is not null && !allowed.Contains(value))
        {
            context.Error(mapping[key]!, $"city {key} must be one of {string.Join(", ", allowed)}, not '{value}'");
        }
    }

    private List<Declared> Runtime(YamlNode node)
    {
        var names = new List<Declared>();
        foreach (var item in context.Sequence(node, "'runtime'") ?? [])
        {
            if (context.Scalar(item, "a runtime variable") is { } name && DeclarableName(item, name, "runtime variable", names.Select(n => n.Name)))
            {
                names.Add(new Declared(name, item.Location));
            }
        }

        return names;
    }

    private List<DeclaredVar> Vars(YamlNode node, IReadOnlyList<Declared> runtime)
    {
        var vars = new List<DeclaredVar>();
        if (node is YamlScalar { IsNull: true } || context.Mapping(node, "'vars'") is not { } mapping)
        {
            return vars;
        }

        foreach (var entry in mapping.Entries)
        {
            var name = entry.Key.Value;
            var valid = DeclarableName(entry.Key, name, "variable", runtime.Select(r => r.Name));
            if (context.Text(entry.Value, $"variable '{name}'") is { } value && valid)
            {
                vars.Add(new DeclaredVar(name, value, entry.Key.Location));
            }
        }

        return vars;
    }

    /// <summary>A runtime or var name: well-formed, not a built-in, not declared before.</summary>
    private bool DeclarableName(YamlNode node, string name, string what, IEnumerable<string> declared)
    {
        var problem = !ValueTemplate.IsValidName(name)
            ? $"{what} name '{name}' must be letters, digits, '_', '-' and '.', starting with a letter or '_'"
            : BuiltIns.All.Contains(name) ? $"{what} name '{name}' is reserved for the built-in variable"
            : declared.Contains(name) ? $"{what} '{name}' is already declared" + (what == "variable" ? " in 'runtime'" : "")
            : null;
        if (problem is not null)
        {
            context.Error(node, problem);
        }

        return problem is null;
    }

    private T? Missing<T>(YamlMapping mapping, string what)
        where T : class
    {
        context.Error(mapping, $"missing {what}");
        return null;
    }
}
