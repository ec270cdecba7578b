using PortalProbe.Diagnostics;

namespace PortalProbe.Yaml;

/// <summary>
/// A YAML node with its place. Built from YamlDotNet's parser events rather than its representation model,
/// because the model stops at the first duplicate key and we report every problem of a file at once.
/// </summary>
public abstract record YamlNode(SourceLocation Location);

/// <summary>A scalar as written; <see cref="IsPlain"/> tells a plain scalar from a quoted or block one.</summary>
public sealed record YamlScalar(SourceLocation Location, string Value, bool IsPlain) : YamlNode(Location)
{
    /// <summary>An empty value or a plain <c>~</c> / <c>null</c>: the key is present but says nothing.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A sequence with its items in order.</summary>
public sealed record YamlSequence(SourceLocation Location, IReadOnlyList<YamlNode> Items) : YamlNode(Location);

/// <summary>One key and its value in a mapping.</summary>
public sealed record YamlEntry(YamlScalar Key, YamlNode Value);

/// <summary>
/// A mapping whose keys are scalars. By default a duplicate key was reported while reading and is left out; read with
/// <see cref="DuplicateKeys.Keep"/>, every entry is here as written so the reader's caller can name duplicates itself.
/// </summary>
public sealed record YamlMapping(SourceLocation Location, IReadOnlyList<YamlEntry> Entries) : YamlNode(Location)
{
    /// <summary>The value of the first entry with this key, or null.</summary>
    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;

    /// <summary>Whether an entry has this key.</summary>
    public bool Has(string key) => Entries.Any(e => e.Key.Value == key);

    /// <summary>The first entry with this key, or null.</summary>
    public YamlEntry? Entry(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);
}

/// <summary>What the reader does with a key given twice in one mapping.</summary>
public enum DuplicateKeys
{
    /// <summary>Report it at the second key ("duplicate key 'k' (first at line N)") and leave the entry out.</summary>
    Report,

    /// <summary>Keep every entry as written; the caller reports duplicates in its own words.</summary>
    Keep,
}
