using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Analysis.Chatbot.Internal.Yaml;

/// <summary>Reads typed values out of YAML nodes, reporting each mistake with its place and going on.</summary>
internal sealed class YamlFields(DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Reports every key of <paramref name="mapping"/> not in <paramref name="known"/>.</summary>
    public void RejectUnknownKeys(YamlMapping mapping, string what, params string[] known)
    {
        foreach (var entry in mapping.Entries.Where(e => !known.Contains(e.Key.Value, StringComparer.Ordinal)))
        {
            Diagnostics.Error(entry.Key.Location, $"unknown key '{entry.Key.Value}' in {what} (expected one of: {string.Join(", ", known)})");
        }
    }

    /// <summary>The value of a key that must be there, or null with an error placed at the mapping.</summary>
    public YamlNode? Required(YamlMapping mapping, string key, string what)
    {
        var node = mapping[key];
        if (node is null || node is YamlScalar { IsNull: true })
        {
            Diagnostics.Error(node?.Location ?? mapping.Location, $"{what} has no '{key}'");
            return null;
        }

        return node;
    }

    /// <summary>A non-blank text, or null with an error.</summary>
    public string? Text(YamlNode node, string what)
    {
        if (node is not YamlScalar scalar)
        {
            Diagnostics.Error(node.Location, $"{what} must be a text");
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value) || scalar.IsNull)
        {
            Diagnostics.Error(node.Location, $"{what} is empty");
            return null;
        }

        return scalar.Value.Trim();
    }

    /// <summary>The items of a list, or null with an error; an empty list is an error when <paramref name="allowEmpty"/> is false.</summary>
    public IReadOnlyList<YamlNode>? List(YamlNode node, string what, bool allowEmpty = false)
    {
        if (node is not YamlSequence sequence)
        {
            Diagnostics.Error(node.Location, $"{what} must be a list");
            return null;
        }

        if (sequence.Items.Count == 0 && !allowEmpty)
        {
            Diagnostics.Error(node.Location, $"{what} is an empty list");
            return null;
        }

        return sequence.Items;
    }

    /// <summary>A list of non-blank texts; the bad items are reported and left out.</summary>
    public IReadOnlyList<string> Texts(YamlNode node, string what, bool allowEmpty = false) =>
        List(node, what, allowEmpty) is { } items
            ? items.Select(i => Text(i, $"an item of {what}")).OfType<string>().ToList()
            : [];
}
