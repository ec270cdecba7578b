using PortalProbe.Checks.Parsing;
using PortalProbe.Cities;
using PortalProbe.Scripts;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Cities;

/// <summary>Reads <c>channels:</c> and <c>scenarios:</c> of a city script.</summary>
internal sealed class ScenarioParser(ParseContext context)
{
    private static readonly IReadOnlyList<string> ChannelKeys = ["kind", "entry"];
    private static readonly IReadOnlyList<string> ScenarioKeys = ["name", "kind", "channels", "steps", "check"];
    private static readonly IReadOnlyList<string> ChannelIds = ["wechat", "app", "web"];

    public IReadOnlyList<ChannelSpec> Channels(YamlNode? node, YamlMapping owner)
    {
        var channels = new List<ChannelSpec>();
        var items = node is null ? [] : context.Sequence(node, "'channels'") ?? [];
        if (items.Count == 0)
        {
            context.Error(node ?? owner, "a city script needs at least one channel under 'channels'");
        }

        foreach (var mapping in items.Select(i => context.Mapping(i, "a channel")).OfType<YamlMapping>())
        {
            context.RejectUnknownKeys(mapping, ChannelKeys, "a channel");
            var kind = mapping["kind"] is { } kindNode ? Channel(kindNode) : Missing<ChannelKind>(mapping, "a channel's 'kind'");
            var entry = mapping["entry"] is { } entryNode ? context.Text(entryNode, "'entry'") : MissingRef<ValueTemplate>(mapping, "a channel's 'entry'");
            if (kind is { } k && channels.Exists(c => c.Kind == k))
            {
                context.Error(mapping["kind"]!, $"channel '{k.ToId()}' is declared twice");
            }
            else if (kind is { } declared && entry is not null)
            {
                channels.Add(new ChannelSpec(declared, entry, mapping.Location));
            }
        }

        return channels;
    }

    public IReadOnlyList<ParsedScenario> Scenarios(YamlNode? node, YamlMapping owner, IReadOnlyList<ChannelSpec> channels)
    {
        var scenarios = new List<ParsedScenario>();
        var items = node is null ? [] : context.Sequence(node, "'scenarios'") ?? [];
        if (items.Count == 0)
        {
            context.Error(node ?? owner, "a city script needs at least one scenario under 'scenarios'");
        }

        var steps = new StepParser(context);
        var checks = new CheckParser(context, steps);
        foreach (var mapping in items.Select(i => context.Mapping(i, "a scenario")).OfType<YamlMapping>())
        {
            context.RejectUnknownKeys(mapping, ScenarioKeys, "a scenario");
            var name = mapping["name"] is { } nameNode ? context.Slug(nameNode, "scenario name") : MissingRef<string>(mapping, "a scenario's 'name'");
            if (name is not null && scenarios.Exists(s => s.Name == name))
            {
                context.Error(mapping["name"]!, $"scenario '{name}' is declared twice");
            }

            var kind = mapping["kind"] is { } kindNode ? Kind(kindNode) : Missing<ScenarioKind>(mapping, "a scenario's 'kind'");
            var runsOn = mapping["channels"] is { } channelsNode ? RunsOn(channelsNode, channels) : [];
            var where = name is null ? "a scenario" : $"scenario '{name}'";
            var check = mapping["check"] is { } checkNode && kind is { } checkedKind ? checks.Parse(checkNode, checkedKind, where) : null;

            // A scenario with a check may leave out its steps: the check starts at the channel's entry.
            var parsed = mapping["steps"] is null && check is not null ? [] : steps.ParseList(mapping["steps"], mapping, where);
            if (name is not null && kind is { } k)
            {
                scenarios.Add(new ParsedScenario(name, k, runsOn, parsed, mapping.Location) { Check = check });
            }
        }

        return scenarios;
    }

    private List<ChannelKind> RunsOn(YamlNode node, IReadOnlyList<ChannelSpec> declared)
    {
        var kinds = new List<ChannelKind>();
        foreach (var item in context.Sequence(node, "a scenario's 'channels'") ?? [])
        {
            if (Channel(item) is not { } kind)
            {
                continue;
            }

            if (declared.Count > 0 && !declared.Any(c => c.Kind == kind))
            {
                context.Error(item, $"channel '{kind.ToId()}' is not declared under the script's 'channels'");
            }
            else if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        return kinds;
    }

    private ChannelKind? Channel(YamlNode node)
    {
        var id = context.Scalar(node, "a channel kind");
        if (id is null)
        {
            return null;
        }

        if (ChannelKinds.TryParse(id, out var kind))
        {
            return kind;
        }

        context.Error(node, $"unknown channel kind '{id}'{Suggestions.DidYouMean(id, ChannelIds)} (kinds: {string.Join(", ", ChannelIds)})");
        return null;
    }

    private ScenarioKind? Kind(YamlNode node)
    {
        var id = context.Scalar(node, "a scenario kind");
        if (id is null)
        {
            return null;
        }

        if (ScenarioKinds.TryParse(id, out var kind))
        {
            return kind;
        }

        context.Error(node, $"unknown scenario kind '{id}'{Suggestions.DidYouMean(id, ScenarioKinds.Ids)} (kinds: {string.Join(", ", ScenarioKinds.Ids)})");
        return null;
    }

    private T? MissingRef<T>(YamlMapping mapping, string what)
        where T : class
    {
        context.Error(mapping, $"missing {what}");
        return null;
    }

    private T? Missing<T>(YamlMapping mapping, string what)
        where T : struct
    {
        context.Error(mapping, $"missing {what}");
        return null;
    }
}
