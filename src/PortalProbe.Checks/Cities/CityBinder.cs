using PortalProbe.Checks.Parsing;
using PortalProbe.Checks.Templates;
using PortalProbe.Checks.Variables;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Cities;

/// <summary>
/// Checks a parsed city script's references in order and expands its templates: vars see the names above them,
/// channel entries see vars, scenarios see everything plus <c>entry</c>, <c>channel</c> and earlier extracts.
/// </summary>
internal sealed class CityBinder(TemplateCatalog catalog, ParseContext context, Func<string, string?> environment)
{
    public CheckScript? Bind(ParsedCity parsed)
    {
        var references = new ReferenceChecker(context.Diagnostics, environment);
        var scope = new HashSet<string>(BuiltIns.City, StringComparer.Ordinal);
        scope.UnionWith(parsed.Runtime.Select(r => r.Name));
        var vars = new OrderedDictionary<string, ValueTemplate>(StringComparer.Ordinal);
        var varNames = parsed.Vars.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        string? DeclaredBelow(string name) =>
            varNames.Contains(name) ? $" ('{name}' is declared below; a var can use only the vars above it)" : null;
        foreach (var declared in parsed.Vars)
        {
            references.Check(declared.Value, scope, context.Locations.Find(declared.Value) ?? declared.Location, hint: DeclaredBelow);
            vars[declared.Name] = declared.Value;
            scope.Add(declared.Name);
        }

        foreach (var channel in parsed.Channels)
        {
            references.Check(channel.Entry, scope, context.Locations.Find(channel.Entry) ?? channel.Location);
        }

        scope.UnionWith([BuiltIns.Entry, BuiltIns.Channel]);
        var binder = new StepBinder(catalog, references, context.Locations, context.Diagnostics);
        var scenarios = parsed.Scenarios.Select(s => BindScenario(s, binder, references, scope)).ToList();

        return context.Diagnostics.HasErrors || parsed.City is null
            ? null
            : new CheckScript(context.File, parsed.City, vars, [.. parsed.Runtime.Select(r => r.Name)], parsed.Channels, scenarios);
    }

    /// <summary>
    /// Binds the steps, then the check: it sees everything the steps define; a progress lookup also sees
    /// <c>ticket</c>, which the engine sets for each ticket it looks up.
    /// </summary>
    private Scenario BindScenario(ParsedScenario parsed, StepBinder binder, ReferenceChecker references, HashSet<string> outer)
    {
        var scope = new HashSet<string>(outer, StringComparer.Ordinal);
        var steps = binder.Bind(parsed.Steps, scope);
        var check = parsed.Check;
        if (check is ProgressCheck progress)
        {
            scope.Add(BuiltIns.Ticket);
            check = progress with { Lookup = binder.Bind(progress.Lookup, scope) };
        }

        foreach (var template in check is ProgressCheck bound
                     ? [.. bound.Status.Templates, .. bound.Reply?.Templates ?? []]
                     : check?.Templates ?? [])
        {
            references.Check(template, scope, context.Locations.Find(template) ?? check!.Location);
        }

        return new Scenario(parsed.Name, parsed.Kind, parsed.Channels, steps, parsed.Location) { Check = check };
    }
}
