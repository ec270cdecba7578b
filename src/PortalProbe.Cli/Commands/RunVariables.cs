using PortalProbe.Scripts;

namespace PortalProbe.Cli.Commands;

/// <summary>Parses <c>--var NAME=VALUE</c> options.</summary>
internal static class RunVariables
{
    public static Dictionary<string, string> Parse(IEnumerable<string> values, List<string> errors)
    {
        var vars = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in values)
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? text[..equals] : "";
            if (!ValueTemplate.IsValidName(name))
            {
                errors.Add($"--var '{text}' is not NAME=VALUE with a name of letters, digits, '_', '-' or '.'");
                continue;
            }

            vars[name] = text[(equals + 1)..];
        }

        return vars;
    }
}
