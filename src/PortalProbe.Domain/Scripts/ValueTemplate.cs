using System.Text;

namespace PortalProbe.Scripts;

/// <summary>
/// A text value that may reference variables as <c>${name}</c> and secrets as <c>${secret:NAME}</c>.
/// <c>$${</c> writes a literal <c>${</c>.
/// </summary>
public sealed record ValueTemplate
{
    private ValueTemplate(string raw, IReadOnlyList<TemplatePart> parts)
    {
        Raw = raw;
        Parts = parts;
    }

    public string Raw { get; }

    public IReadOnlyList<TemplatePart> Parts { get; }

    public IEnumerable<string> VariableNames => Parts.OfType<VariablePart>().Select(p => p.Name);

    public IEnumerable<string> SecretNames => Parts.OfType<SecretPart>().Select(p => p.Name);

    public bool UsesSecrets => Parts.Any(p => p is SecretPart);

    public static ValueTemplate Literal(string text) => new(text, [new LiteralPart(text)]);

    /// <summary>Parses <paramref name="raw"/>; on a malformed reference returns null and sets <paramref name="error"/>.</summary>
    public static ValueTemplate? TryParse(string raw, out string? error)
    {
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        error = null;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '$' && i + 2 < raw.Length && raw[i + 1] == '$' && raw[i + 2] == '{')
            {
                literal.Append("${");
                i += 2;
                continue;
            }

            if (raw[i] != '$' || i + 1 >= raw.Length || raw[i + 1] != '{')
            {
                literal.Append(raw[i]);
                continue;
            }

            var end = raw.IndexOf('}', i + 2);
            if (end < 0)
            {
                error = $"unclosed '${{' at character {i + 1} of \"{raw}\"";
                return null;
            }

            var name = raw[(i + 2)..end].Trim();
            var isSecret = name.StartsWith("secret:", StringComparison.Ordinal);
            if (isSecret)
            {
                name = name["secret:".Length..].Trim();
            }

            if (!IsValidName(name, isSecret))
            {
                error = $"'{raw[i..(end + 1)]}' is not a valid {(isSecret ? "secret" : "variable")} reference";
                return null;
            }

            if (literal.Length > 0)
            {
                parts.Add(new LiteralPart(literal.ToString()));
                literal.Clear();
            }

            parts.Add(isSecret ? new SecretPart(name) : new VariablePart(name));
            i = end;
        }

        if (literal.Length > 0 || parts.Count == 0)
        {
            parts.Add(new LiteralPart(literal.ToString()));
        }

        return new ValueTemplate(raw, parts);
    }

    /// <summary>Variable names are letters, digits, '_', '-' and '.'; secret names are environment variable names.</summary>
    public static bool IsValidName(string name, bool isSecret = false) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || (!isSecret && (c == '-' || c == '.')));

    public override string ToString() => Raw;
}

public abstract record TemplatePart;

public sealed record LiteralPart(string Text) : TemplatePart;

public sealed record VariablePart(string Name) : TemplatePart;

public sealed record SecretPart(string Name) : TemplatePart;
