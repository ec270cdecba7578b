using PortalProbe.Diagnostics;

namespace PortalProbe.Scoring.Catalogue.Internal;

// PortalProbe.Analysis has a reader like this one (this is a copy), but it is internal to that project and
// Scoring must depend on the domain only; the catalogue needs only scalars, sequences and mappings that keep duplicate keys for the validator.

/// <summary>A YAML node with its place in the file.</summary>
internal abstract record YamlNode(SourceLocation Location);

internal sealed record YamlScalar(SourceLocation Location, string Value) : YamlNode(Location);

internal sealed record YamlSequence(SourceLocation Location, IReadOnlyList<YamlNode> Items) : YamlNode(Location);

internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);

/// <summary>A mapping with every entry as written, duplicates included, so the validator can name them.</summary>
internal sealed record YamlMapping(SourceLocation Location, IReadOnlyList<YamlEntry> Entries) : YamlNode(Location);
