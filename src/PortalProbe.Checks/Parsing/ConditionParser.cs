using PortalProbe.Scripts;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Parsing;

/// <summary>Reads the condition of <c>expect</c> and <c>manual-when</c>.</summary>
internal sealed class ConditionParser(ParseContext context, TargetParser targets)
{
    public static readonly IReadOnlyList<string> Subjects = ["visible", "hidden", "enabled", "text", "url", "title", "count"];
    public static readonly IReadOnlyList<string> TextModifiers = ["contains", "matches"];
    public static readonly IReadOnlyList<string> CountModifiers = ["equals", "at-least", "at-most"];

    /// <summary>Parses <paramref name="node"/>; <paramref name="extraKeys"/> are the step's own keys (e.g. reason).</summary>
    public Expectation? Parse(YamlNode node, string where, IReadOnlyCollection<string> extraKeys)
    {
        if (node is not YamlMapping mapping)
        {
            context.Error(node, $"'{where}' needs a condition mapping, e.g. {{ visible: <target> }}");
            return null;
        }

        context.RejectUnknownKeys(mapping, [.. Subjects, .. TextModifiers, .. CountModifiers, .. extraKeys], $"'{where}'");
        var subjects = mapping.Entries.Where(e => Subjects.Contains(e.Key.Value)).ToList();
        if (subjects.Count == 0)
        {
            context.Error(mapping, $"'{where}' needs one of: {string.Join(", ", Subjects)}");
            return null;
        }

        foreach (var extra in subjects.Skip(1))
        {
            context.Error(extra.Key, $"a condition takes exactly one of {string.Join(", ", Subjects)}; found '{subjects[0].Key.Value}' and '{extra.Key.Value}'");
        }

        var subject = subjects[0];
        var allowedModifiers = subject.Key.Value switch
        {
            "text" => TextModifiers,
            "count" => CountModifiers,
            _ => [],
        };
        foreach (var stray in mapping.Entries.Where(e => TextModifiers.Contains(e.Key.Value) || CountModifiers.Contains(e.Key.Value)))
        {
            if (!allowedModifiers.Contains(stray.Key.Value))
            {
                var owner = TextModifiers.Contains(stray.Key.Value) ? "'text'" : "'count'";
                context.Error(stray.Key, $"'{stray.Key.Value}' only goes with {owner}, not with '{subject.Key.Value}'");
            }
        }

        var what = $"'{where}'";
        switch (subject.Key.Value)
        {
            case "visible":
                return targets.Parse(subject.Value, what) is { } visible ? new VisibleExpectation(visible) : null;
            case "hidden":
                return targets.Parse(subject.Value, what) is { } hidden ? new HiddenExpectation(hidden) : null;
            case "enabled":
                return targets.Parse(subject.Value, what) is { } enabled ? new EnabledExpectation(enabled) : null;
            case "url":
                return PageMatch(subject) is { } url ? new UrlExpectation(url) : null;
            case "title":
                return PageMatch(subject) is { } title ? new TitleExpectation(title) : null;
            case "text":
                var textTarget = targets.Parse(subject.Value, what);
                var match = OneOf(mapping, TextModifiers, "'text'");
                return textTarget is null || match is null || Match(match) is not { } textMatch
                    ? null
                    : new TextExpectation(textTarget, textMatch);
            default:
                var countTarget = targets.Parse(subject.Value, what);
                var comparison = OneOf(mapping, CountModifiers, "'count'");
                var value = comparison is null ? null : context.Count(comparison.Value, $"'{comparison.Key.Value}'");
                return countTarget is null || comparison is null || value is null
                    ? null
                    : new CountExpectation(countTarget, Comparison(comparison.Key.Value), value.Value);
        }
    }

    /// <summary>url and title: a plain text means "contains", or a mapping with contains or matches.</summary>
    private TextMatch? PageMatch(YamlEntry subject)
    {
        if (subject.Value is not YamlMapping mapping)
        {
            return context.Text(subject.Value, $"'{subject.Key.Value}'") is { } text ? new TextMatch(text, IsRegex: false) : null;
        }

        context.RejectUnknownKeys(mapping, TextModifiers, $"'{subject.Key.Value}'");
        return OneOf(mapping, TextModifiers, $"'{subject.Key.Value}'") is { } entry ? Match(entry) : null;
    }

    private TextMatch? Match(YamlEntry entry)
    {
        var isRegex = entry.Key.Value == "matches";
        var text = context.Text(entry.Value, $"'{entry.Key.Value}'");
        return text is not null && (!isRegex || Patterns.Check(context, entry.Value, text))
            ? new TextMatch(text, isRegex)
            : null;
    }

    private YamlEntry? OneOf(YamlMapping mapping, IReadOnlyList<string> keys, string owner)
    {
        var present = mapping.Entries.Where(e => keys.Contains(e.Key.Value)).ToList();
        if (present.Count == 0)
        {
            context.Error(mapping, $"{owner} needs one of: {string.Join(", ", keys)}");
            return null;
        }

        foreach (var extra in present.Skip(1))
        {
            context.Error(extra.Key, $"{owner} takes exactly one of {string.Join(", ", keys)}; found '{present[0].Key.Value}' and '{extra.Key.Value}'");
        }

        return present[0];
    }

    private static CountComparison Comparison(string key) => key switch
    {
        "equals" => CountComparison.Equal,
        "at-least" => CountComparison.AtLeast,
        _ => CountComparison.AtMost,
    };
}
