using PortalProbe.Checks.Parsing;
using PortalProbe.Checks.Templates;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Variables;

/// <summary>
/// One city-script <c>use</c> step expanded, nested uses included. Template steps keep their own place and get
/// <see cref="Step.UsedAt"/> = the city script's use step; a reference the template leaves to the caller is checked
/// against the caller's scope and reported at the template's value, naming the use site.
/// </summary>
internal sealed class TemplateExpansion(TemplateCatalog catalog, ReferenceChecker references, HashSet<string> scope, UseStep citySite)
{
    public IReadOnlyList<Step> Expand(TemplateDefinition template, IReadOnlyDictionary<string, Binding> bindings)
    {
        var note = $" (in template '{template.Name}' used at {citySite.Location})";
        var steps = new List<Step>();
        foreach (var step in template.Steps)
        {
            foreach (var value in step.Templates)
            {
                references.Check(value, scope, template.Locations.Find(value) ?? step.Location, template.Params.ContainsKey, note);
            }

            if (step is UseStep inner && catalog.Find(inner.TemplateName)?.Definition is { } used)
            {
                steps.AddRange(Expand(used, Bind(used, inner, bindings)).Select(s => inner.LiveOnly ? s with { LiveOnly = true } : s));
                continue;
            }

            var expanded = StepRewriter.Map(step, v => Substitution.Apply(v, bindings)) with
            {
                UsedAt = citySite.Location,
                Timeout = step.Timeout ?? citySite.Timeout,
                LiveOnly = step.LiveOnly || citySite.LiveOnly,
            };
            if (expanded is FillStep fill && step is FillStep original && Substitution.RefersToSensitive(original.Value, bindings))
            {
                expanded = fill with { Sensitive = true };
            }

            steps.Add(expanded);
            scope.UnionWith(expanded.Defines);
        }

        return steps.Select(s => s.Label is null && citySite.Label is { } label ? s with { Label = $"{label}: {s.Describe()}" } : s).ToList();
    }

    /// <summary>Each parameter's value at <paramref name="use"/>: the argument in the caller's terms, or the default.</summary>
    public Dictionary<string, Binding> Bind(TemplateDefinition template, UseStep use, IReadOnlyDictionary<string, Binding>? outer)
    {
        var bindings = new Dictionary<string, Binding>(StringComparer.Ordinal);
        foreach (var param in template.Params.Values)
        {
            if (use.Arguments.FirstOrDefault(a => a.Name == param.Name) is { } argument)
            {
                var value = outer is null ? argument.Value : Substitution.Apply(argument.Value, outer);
                var sensitive = param.Sensitive || (outer is not null && Substitution.RefersToSensitive(argument.Value, outer));
                bindings[param.Name] = new Binding(value, sensitive);
            }
            else if (param.Default is { } fallback)
            {
                var note = $" (default of parameter '{param.Name}' of template '{template.Name}' used at {citySite.Location})";
                references.Check(fallback, scope, template.Locations.Find(fallback) ?? param.Location, note: note);
                bindings[param.Name] = new Binding(fallback, param.Sensitive);
            }
        }

        return bindings;
    }
}
