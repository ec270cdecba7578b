using System.Globalization;
using System.Text.RegularExpressions;

namespace PortalProbe.Checks.Parsing;

/// <summary>Durations in the language: a whole number with <c>ms</c>, <c>s</c> or <c>m</c>, like <c>500ms</c>.</summary>
internal static partial class Durations
{
    public static TimeSpan? TryParse(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount == 0)
        {
            return null;
        }

        return match.Groups[2].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "s" => TimeSpan.FromSeconds(amount),
            _ => TimeSpan.FromMinutes(amount),
        };
    }

    [GeneratedRegex(@"^([0-9]{1,7})(ms|s|m)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
