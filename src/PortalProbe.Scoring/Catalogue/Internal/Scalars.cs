using System.Globalization;
using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Scoring.Catalogue.Internal;

/// <summary>Typed reads of scalar values, each reporting a wrong shape at the value's place.</summary>
internal static class Scalars
{
    public static string? Text(YamlNode node, string what, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar { Value.Length: > 0 } scalar)
        {
            return scalar.Value;
        }

        diagnostics.Error(node.Location, $"{what} must be a non-empty text");
        return null;
    }

    public static double? Number(YamlNode node, string what, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar scalar
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return value;
        }

        diagnostics.Error(node.Location, $"{what} must be a number");
        return null;
    }

    public static bool? Boolean(YamlNode node, string what, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        diagnostics.Error(node.Location, $"{what} must be true or false");
        return null;
    }

    /// <summary>A score: a number from 0 to 100.</summary>
    public static double? Score(YamlNode node, string what, DiagnosticBag diagnostics)
    {
        var value = Number(node, what, diagnostics);
        if (value is < 0 or > 100)
        {
            diagnostics.Error(node.Location, $"{what} must be a score from 0 to 100, not {value.Value.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return value;
    }
}
