using PortalProbe.Checks.Parsing;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Variables;

/// <summary>
/// Checks a value's references: every <c>${name}</c> must be in scope (an error otherwise); every
/// <c>${secret:NAME}</c> should be set in the environment (a warning, once per secret and file, otherwise).
/// </summary>
internal sealed class ReferenceChecker(DiagnosticBag diagnostics, Func<string, string?> environment)
{
    private readonly HashSet<string> _warnedSecrets = new(StringComparer.Ordinal);

    /// <param name="skip">Names that are not the caller's to resolve (a template's own parameters).</param>
    /// <param name="note">Appended to messages, e.g. which template use this is.</param>
    /// <param name="hint">A specific hint for an undefined name, in place of "did you mean".</param>
    public void Check(
        ValueTemplate template,
        IReadOnlySet<string> scope,
        SourceLocation at,
        Func<string, bool>? skip = null,
        string note = "",
        Func<string, string?>? hint = null)
    {
        foreach (var name in template.VariableNames.Distinct(StringComparer.Ordinal))
        {
            if (scope.Contains(name) || (skip?.Invoke(name) ?? false))
            {
                continue;
            }

            var explanation = hint?.Invoke(name)
                ?? (name is BuiltIns.Entry or BuiltIns.Channel
                    ? $" ('{name}' exists only inside scenarios)"
                    : Suggestions.DidYouMean(name, scope));
            diagnostics.Error(at, $"undefined variable '${{{name}}}'{explanation}{note}");
        }

        foreach (var secret in template.SecretNames)
        {
            if (string.IsNullOrEmpty(environment(secret)) && _warnedSecrets.Add(secret))
            {
                diagnostics.Warning(at, $"secret '${{secret:{secret}}}' is not set: environment variable {secret} is missing or empty{note}");
            }
        }
    }
}
