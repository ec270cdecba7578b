using System.Globalization;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Parsing;

/// <summary>One file being parsed: where its problems go and the shared readers for typed values.</summary>
internal sealed class ParseContext(string file, DiagnosticBag diagnostics, ValueLocations locations)
{
    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public ValueLocations Locations { get; } = locations;

    public void Error(YamlNode node, string message) => Diagnostics.Error(node.Location, message);

    /// <summary>A scalar's text; reports and returns null for a collection or an empty value.</summary>
    public string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalar { IsNull: false } scalar)
        {
            return scalar.Value;
        }

        Error(node, node is YamlScalar ? $"{what} must not be empty" : $"{what} must be a text, not a {KindOf(node)}");
        return null;
    }

    /// <summary>A text that may reference variables and secrets.</summary>
    public ValueTemplate? Text(YamlNode node, string what)
    {
        if (Scalar(node, what) is not { } raw)
        {
            return null;
        }

        var template = ValueTemplate.TryParse(raw, out var error);
        if (template is null)
        {
            Error(node, $"{what}: {error}");
            return null;
        }

        Locations.Add(template, node.Location);
        return template;
    }

    /// <summary>A name matching <c>[a-z0-9][a-z0-9_-]*</c> (scenario and screenshot names).</summary>
    public string? Slug(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        if (text is not null && !Names.IsSlug(text))
        {
            Error(node, $"{what} '{text}' must be lower-case letters, digits, '_' and '-', starting with a letter or digit");
            return null;
        }

        return text;
    }

    public bool? Bool(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        switch (text)
        {
            case null: return null;
            case "true": return true;
            case "false": return false;
            default:
                Error(node, $"{what} must be true or false, not '{text}'");
                return null;
        }
    }

    /// <summary>A whole number of at least zero.</summary>
    public int? Count(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, $"{what} must be a whole number >= 0, not '{text}'");
        return null;
    }

    public YamlMapping? Mapping(YamlNode node, string what)
    {
        if (node is YamlMapping mapping)
        {
            return mapping;
        }

        Error(node, $"{what} must be a mapping (key: value), not a {KindOf(node)}");
        return null;
    }

    /// <summary>A list; an empty value counts as an empty list.</summary>
    public IReadOnlyList<YamlNode>? Sequence(YamlNode node, string what)
    {
        switch (node)
        {
            case YamlSequence sequence: return sequence.Items;
            case YamlScalar { IsNull: true }: return [];
            default:
                Error(node, $"{what} must be a list, not a {KindOf(node)}");
                return null;
        }
    }

    /// <summary>Reports every key of <paramref name="mapping"/> not in <paramref name="allowed"/>.</summary>
    public void RejectUnknownKeys(YamlMapping mapping, IReadOnlyCollection<string> allowed, string where)
    {
        foreach (var entry in mapping.Entries.Where(e => !allowed.Contains(e.Key.Value)))
        {
            Error(entry.Key, UnknownKey(entry.Key.Value, allowed, where));
        }
    }

    public static string UnknownKey(string key, IReadOnlyCollection<string> allowed, string where) =>
        Suggestions.Closest(key, allowed) is { } hit
            ? $"unknown key '{key}' in {where}; did you mean '{hit}'?"
            : $"unknown key '{key}' in {where}; expected one of: {string.Join(", ", allowed)}";

    public static string KindOf(YamlNode node) => node switch
    {
        YamlMapping => "mapping",
        YamlSequence => "list",
        _ => "text",
    };
}
