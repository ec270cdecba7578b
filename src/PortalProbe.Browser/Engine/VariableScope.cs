using System.Text;
using PortalProbe.Browser.Privacy;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Engine;

/// <summary>
/// The values of variables while one scenario runs on one channel. Secrets are read from the environment
/// and registered as sensitive the moment they are resolved.
/// </summary>
internal sealed class VariableScope
{
    private readonly Dictionary<string, string> _values;
    private readonly Func<string, string?> _environment;
    private readonly SensitiveValues _sensitive;

    public VariableScope(IReadOnlyDictionary<string, string> initial, Func<string, string?> environment, SensitiveValues sensitive)
    {
        _values = new Dictionary<string, string>(initial, StringComparer.Ordinal);
        _environment = environment;
        _sensitive = sensitive;
    }

    public void Set(string name, string value) => _values[name] = value;

    public bool TryGet(string name, out string value) => _values.TryGetValue(name, out value!);

    public VariableScope Fork() => new(_values, _environment, _sensitive);

    /// <summary>The text of <paramref name="template"/>; throws <see cref="ScriptRuntimeException"/> for an unknown name.</summary>
    public string Resolve(ValueTemplate template)
    {
        var text = new StringBuilder();
        foreach (var part in template.Parts)
        {
            text.Append(part switch
            {
                LiteralPart literal => literal.Text,
                VariablePart variable => _values.TryGetValue(variable.Name, out var v)
                    ? v
                    : throw new ScriptRuntimeException($"variable '${{{variable.Name}}}' has no value"),
                SecretPart secret => ResolveSecret(secret.Name),
                _ => throw new InvalidOperationException($"unknown template part {part}"),
            });
        }

        return text.ToString();
    }

    private string ResolveSecret(string name)
    {
        var value = _environment(name);
        if (string.IsNullOrEmpty(value))
        {
            throw new ScriptRuntimeException($"secret '{name}' is not set in the environment");
        }

        _sensitive.Add(value);
        return value;
    }
}
