using PortalProbe.Checks.Parsing;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Templates;

/// <summary>A parsed template file: its parameters and its steps, which may still hold <c>use</c> steps.</summary>
internal sealed record TemplateDefinition(
    string Name,
    string File,
    string? Description,
    IReadOnlyDictionary<string, TemplateParam> Params,
    IReadOnlyList<Step> Steps,
    ValueLocations Locations);

/// <summary>A template parameter: required, or optional with a default; a sensitive one hides filled values.</summary>
internal sealed record TemplateParam(
    string Name, bool Required, ValueTemplate? Default, bool Sensitive, string? Description, SourceLocation Location);
