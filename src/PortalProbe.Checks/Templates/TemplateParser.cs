using PortalProbe.Checks.Parsing;
using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Templates;

/// <summary>Reads a template file: <c>template: { description, params }</c> and <c>steps:</c>.</summary>
internal static class TemplateParser
{
    private static readonly IReadOnlyList<string> RootKeys = ["template", "steps"];
    private static readonly IReadOnlyList<string> HeaderKeys = ["description", "params"];
    private static readonly IReadOnlyList<string> ParamKeys = ["required", "default", "sensitive", "description"];

    /// <summary>The definition, even when it has errors (reported), so that uses of it can name it.</summary>
    public static TemplateDefinition? Parse(string name, YamlNode root, ParseContext context)
    {
        if (context.Mapping(root, "a template file") is not { } mapping)
        {
            return null;
        }

        context.RejectUnknownKeys(mapping, RootKeys, "a template file");
        string? description = null;
        var parameters = new Dictionary<string, TemplateParam>(StringComparer.Ordinal);
        if (mapping["template"] is not { } header)
        {
            context.Error(mapping, "missing 'template' (the template's description and params)");
        }
        else if (header is not YamlScalar { IsNull: true } && context.Mapping(header, "'template'") is { } headerMapping)
        {
            context.RejectUnknownKeys(headerMapping, HeaderKeys, "'template'");
            description = headerMapping["description"] is { } text ? context.Scalar(text, "'description'") : null;
            if (headerMapping["params"] is { } paramsNode && paramsNode is not YamlScalar { IsNull: true }
                && context.Mapping(paramsNode, "'params'") is { } paramsMapping)
            {
                foreach (var entry in paramsMapping.Entries)
                {
                    if (Param(entry, context) is { } param)
                    {
                        parameters[param.Name] = param;
                    }
                }
            }
        }

        var steps = new StepParser(context).ParseList(mapping["steps"], mapping, $"template '{name}'");
        return new TemplateDefinition(name, context.File, description, parameters, steps, context.Locations);
    }

    private static TemplateParam? Param(YamlEntry entry, ParseContext context)
    {
        var name = entry.Key.Value;
        if (!Scripts.ValueTemplate.IsValidName(name))
        {
            context.Error(entry.Key, $"parameter name '{name}' must be letters, digits, '_', '-' and '.', starting with a letter or '_'");
            return null;
        }

        if (Variables.BuiltIns.All.Contains(name))
        {
            context.Error(entry.Key, $"parameter name '{name}' is reserved for the built-in variable");
            return null;
        }

        if (entry.Value is YamlScalar { IsNull: true } || context.Mapping(entry.Value, $"parameter '{name}'") is not { } spec)
        {
            if (entry.Value is YamlScalar { IsNull: true })
            {
                context.Error(entry.Key, $"parameter '{name}' needs 'required: true' or a 'default'");
            }

            return null;
        }

        context.RejectUnknownKeys(spec, ParamKeys, $"parameter '{name}'");
        var required = spec["required"] is { } r ? context.Bool(r, "'required'") : false;
        var sensitive = spec["sensitive"] is { } s ? context.Bool(s, "'sensitive'") : false;
        var defaultValue = spec["default"] is { } d ? context.Text(d, "'default'") : null;
        var description = spec["description"] is { } t ? context.Scalar(t, "'description'") : null;
        if (required == true && spec.Has("default"))
        {
            context.Error(spec.Entry("default")!.Key, $"parameter '{name}' is required, so it takes no 'default'");
        }
        else if (required == false && !spec.Has("default"))
        {
            context.Error(entry.Key, $"parameter '{name}' needs 'required: true' or a 'default'");
        }

        return required is null || sensitive is null
            ? null
            : new TemplateParam(name, required.Value, defaultValue, sensitive.Value, description, entry.Key.Location);
    }
}
