using PortalProbe.Diagnostics;

namespace PortalProbe.Analysis.Chatbot.Internal.Yaml;

/// <summary>
/// A YAML node with its place. Read from YamlDotNet's parser events rather than its representation model,
/// because the model stops at the first duplicate key and a question bank reports every problem at once.
/// </summary>
internal abstract record YamlNode(SourceLocation Location);

internal sealed record YamlScalar(SourceLocation Location, string Value, bool IsPlain) : YamlNode(Location)
{
    /// <summary>An empty value or a plain <c>~</c> / <c>null</c>: the key is present but says nothing.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record YamlSequence(SourceLocation Location, IReadOnlyList<YamlNode> Items) : YamlNode(Location);

internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);

/// <summary>A mapping whose keys are scalars; a duplicate key was reported while reading and is left out.</summary>
internal sealed record YamlMapping(SourceLocation Location, IReadOnlyList<YamlEntry> Entries) : YamlNode(Location)
{
    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;
}
