using PortalProbe.Checks.Parsing;
using PortalProbe.Checks.Templates;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Variables;

/// <summary>
/// Walks a scenario's steps in order: checks each reference against the names defined so far and expands
/// <c>use</c> steps into the template's steps, in the caller's terms.
/// </summary>
internal sealed class StepBinder(
    TemplateCatalog catalog, ReferenceChecker references, ValueLocations locations, DiagnosticBag diagnostics)
{
    /// <summary>The expanded steps; <paramref name="scope"/> grows with each step's definitions.</summary>
    public IReadOnlyList<Step> Bind(IReadOnlyList<Step> steps, HashSet<string> scope)
    {
        var result = new List<Step>();
        foreach (var step in steps)
        {
            foreach (var template in step.Templates)
            {
                references.Check(template, scope, locations.Find(template) ?? step.Location);
            }

            if (step is UseStep use)
            {
                ExpandUse(use, scope, result);
                continue;
            }

            result.Add(step);
            scope.UnionWith(step.Defines);
        }

        return result;
    }

    private void ExpandUse(UseStep use, HashSet<string> scope, List<Step> result)
    {
        if (new UseChecker(catalog).Resolve(use, diagnostics) is not { } template)
        {
            return;
        }

        if (!catalog.IsUsable(template.Name))
        {
            diagnostics.Error(use.NameLocation, $"template '{template.Name}' cannot be used: it or a template it uses has errors ({template.File})");
            return;
        }

        var expansion = new TemplateExpansion(catalog, references, scope, use);
        result.AddRange(expansion.Expand(template, expansion.Bind(template, use, outer: null)));
    }
}
