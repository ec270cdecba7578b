using PortalProbe.Yaml;

namespace PortalProbe.Checks.Parsing;

/// <summary><c>use: template/name</c> with an optional <c>with: { param: text }</c> beside it.</summary>
internal static class UseForm
{
    public static UseStep? Parse(ParseContext context, YamlEntry keyword, YamlMapping step)
    {
        var name = context.Scalar(keyword.Value, "'use'");
        if (name is not null && !Names.IsTemplateName(name))
        {
            context.Error(keyword.Value, $"'{name}' is not a template name (lower-case words separated by '/', like sim/register)");
            name = null;
        }

        var arguments = new List<UseArgument>();
        var failed = false;
        if (step["with"] is { } withNode && context.Mapping(withNode, "'with'") is { } with)
        {
            foreach (var entry in with.Entries)
            {
                var value = context.Text(entry.Value, $"parameter '{entry.Key.Value}'");
                failed |= value is null;
                if (value is not null)
                {
                    arguments.Add(new UseArgument(entry.Key.Value, value, entry.Key.Location));
                }
            }
        }

        return name is null || failed ? null : new UseStep(step.Location, name, keyword.Value.Location, arguments);
    }
}
