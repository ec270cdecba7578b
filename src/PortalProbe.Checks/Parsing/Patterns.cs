using System.Text.RegularExpressions;
using PortalProbe.Scripts;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Parsing;

/// <summary>Checks that regular expressions compile, where they can be known before run time.</summary>
internal static class Patterns
{
    /// <summary>False (and an error at <paramref name="node"/>) when a pattern without references does not compile.</summary>
    public static bool Check(ParseContext context, YamlNode node, ValueTemplate pattern) =>
        pattern.Parts.Any(p => p is not LiteralPart)
        || Check(context, node, string.Concat(pattern.Parts.OfType<LiteralPart>().Select(p => p.Text)));

    public static bool Check(ParseContext context, YamlNode node, string pattern)
    {
        if (pattern.Contains("${", StringComparison.Ordinal))
        {
            return true;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException e)
        {
            context.Error(node, $"invalid regular expression '{pattern}': {e.Message}");
            return false;
        }
    }
}
