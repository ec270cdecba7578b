using PortalProbe.Diagnostics;
using PortalProbe.Scripts;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Parsing;

/// <summary><c>extract: { &lt;target&gt;, into: name, attribute: href, regex: pattern }</c>.</summary>
internal sealed class ExtractForm(ParseContext context, TargetParser targets)
{
    private static readonly IReadOnlyList<string> OwnKeys = ["into", "attribute", "regex"];

    public ExtractStep? Parse(SourceLocation at, YamlNode value)
    {
        if (context.Mapping(value, "'extract'") is not { } mapping)
        {
            return null;
        }

        context.RejectUnknownKeys(mapping, [.. OwnKeys, "target", .. TargetParser.AllKeys], "'extract'");
        var target = targets.ParseIn(mapping, "'extract'", required: true);
        var into = Into(mapping);
        var attribute = mapping["attribute"] is { } attributeNode ? context.Scalar(attributeNode, "'attribute'") : "";
        var pattern = mapping["regex"] is { } regexNode ? Pattern(regexNode) : "";
        if (target is null || into is null || attribute is null || pattern is null)
        {
            return null;
        }

        return new ExtractStep(at, target, into, NullIfEmpty(attribute), NullIfEmpty(pattern));
    }

    private string? Into(YamlMapping mapping)
    {
        if (mapping["into"] is not { } node)
        {
            context.Error(mapping, "'extract' needs 'into' (the variable to set)");
            return null;
        }

        var name = context.Scalar(node, "'into'");
        if (name is not null && !ValueTemplate.IsValidName(name))
        {
            context.Error(node, $"'into' must be a variable name (letters, digits, '_', '-', '.'), not '{name}'");
            return null;
        }

        return name;
    }

    private string? Pattern(YamlNode node) =>
        context.Scalar(node, "'regex'") is { } text && Patterns.Check(context, node, text) ? text : null;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
