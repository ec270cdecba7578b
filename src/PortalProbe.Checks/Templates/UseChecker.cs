using PortalProbe.Checks.Parsing;
using PortalProbe.Diagnostics;

namespace PortalProbe.Checks.Templates;

/// <summary>Checks <c>use</c> steps against the catalog: the template exists, the arguments fit, no cycles.</summary>
internal sealed class UseChecker(TemplateCatalog catalog)
{
    /// <summary>Checks every use in a template file; the errors belong to that file.</summary>
    public void CheckTemplate(TemplateDefinition template, DiagnosticBag diagnostics)
    {
        foreach (var use in template.Steps.OfType<UseStep>())
        {
            if (Resolve(use, diagnostics) is not { } used)
            {
                continue;
            }

            if (PathBack(used, template.Name, [template.Name, used.Name]) is { } cycle)
            {
                diagnostics.Error(use.NameLocation, $"template cycle: {string.Join(" → ", cycle)}");
            }
        }
    }

    /// <summary>The used template's definition if it exists, with its arguments checked; null (reported) otherwise.</summary>
    public TemplateDefinition? Resolve(UseStep use, DiagnosticBag diagnostics)
    {
        var file = catalog.Find(use.TemplateName);
        if (file is null)
        {
            diagnostics.Error(use.NameLocation, $"unknown template '{use.TemplateName}'{Suggestions.DidYouMean(use.TemplateName, catalog.Names)}");
            return null;
        }

        if (file.Definition is not { } used)
        {
            return null;
        }

        foreach (var argument in use.Arguments.Where(a => !used.Params.ContainsKey(a.Name)))
        {
            diagnostics.Error(argument.Location, $"template '{used.Name}' has no parameter '{argument.Name}'{Suggestions.DidYouMean(argument.Name, used.Params.Keys)}");
        }

        foreach (var missing in used.Params.Values.Where(p => p.Required && use.Arguments.All(a => a.Name != p.Name)))
        {
            diagnostics.Error(use.Location, $"template '{used.Name}' needs parameter '{missing.Name}' under 'with'");
        }

        return used;
    }

    /// <summary>The chain of uses from <paramref name="from"/> back to <paramref name="target"/>, if any.</summary>
    private List<string>? PathBack(TemplateDefinition from, string target, List<string> chain)
    {
        foreach (var use in from.Steps.OfType<UseStep>())
        {
            if (use.TemplateName == target)
            {
                return chain.Count == 2 && chain[0] == chain[1] ? chain : [.. chain, target];
            }

            if (chain.Contains(use.TemplateName) || catalog.Find(use.TemplateName)?.Definition is not { } next)
            {
                continue;
            }

            if (PathBack(next, target, [.. chain, next.Name]) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
