using System.Text;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Templates;

/// <summary>A parameter's value at one use: already in the caller's terms.</summary>
internal sealed record Binding(ValueTemplate Value, bool Sensitive);

/// <summary>Replaces <c>${param}</c> references with the bound values, splicing in their parts.</summary>
internal static class Substitution
{
    /// <summary>The template with bound references replaced; the same instance when none is bound.</summary>
    public static ValueTemplate Apply(ValueTemplate template, IReadOnlyDictionary<string, Binding> bindings)
    {
        if (!template.VariableNames.Any(bindings.ContainsKey))
        {
            return template;
        }

        var raw = new StringBuilder();
        foreach (var part in template.Parts)
        {
            if (part is VariablePart variable && bindings.TryGetValue(variable.Name, out var binding))
            {
                binding.Value.Parts.ToList().ForEach(p => Write(raw, p));
            }
            else
            {
                Write(raw, part);
            }
        }

        // The text is built from parsed parts, so it parses again; the fallback is only defensive.
        return ValueTemplate.TryParse(raw.ToString(), out _) ?? template;
    }

    public static bool RefersToSensitive(ValueTemplate template, IReadOnlyDictionary<string, Binding> bindings) =>
        template.VariableNames.Any(n => bindings.TryGetValue(n, out var b) && b.Sensitive);

    private static void Write(StringBuilder raw, TemplatePart part)
    {
        switch (part)
        {
            case LiteralPart literal:
                raw.Append(literal.Text.Replace("${", "$${", StringComparison.Ordinal));
                break;
            case VariablePart variable:
                raw.Append("${").Append(variable.Name).Append('}');
                break;
            case SecretPart secret:
                raw.Append("${secret:").Append(secret.Name).Append('}');
                break;
        }
    }
}
