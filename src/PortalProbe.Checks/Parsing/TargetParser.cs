using PortalProbe.Scripts;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Parsing;

/// <summary>
/// Reads a target: a plain string is a Playwright selector; a mapping names one locator
/// (<c>role</c> with optional <c>name</c>/<c>exact</c>, <c>text</c>, <c>label</c>, ... <c>css</c>, <c>xpath</c>).
/// </summary>
internal sealed class TargetParser(ParseContext context)
{
    public static readonly IReadOnlyList<string> KindKeys =
        ["role", "text", "label", "placeholder", "testid", "title", "alt", "css", "xpath", "selector"];

    public static readonly IReadOnlyList<string> AllKeys = [.. KindKeys, "name", "exact"];

    /// <summary>A target written as the whole value of a key (<c>click: ...</c>, <c>visible: ...</c>).</summary>
    public Target? Parse(YamlNode node, string where)
    {
        if (node is YamlMapping mapping)
        {
            context.RejectUnknownKeys(mapping, AllKeys, $"the target of {where}");
            return FromKeys(mapping, mapping.Entries.Where(e => AllKeys.Contains(e.Key.Value)).ToList(), where);
        }

        var selector = context.Text(node, $"the target of {where}");
        return selector is null ? null : new Target(TargetKind.Selector, selector);
    }

    /// <summary>
    /// A target whose keys sit beside a step's own keys or under <c>target:</c>. Reports a missing target when
    /// <paramref name="required"/>; unknown keys are left to the caller, who knows the step's own keys.
    /// </summary>
    public Target? ParseIn(YamlMapping step, string where, bool required)
    {
        var inline = step.Entries.Where(e => AllKeys.Contains(e.Key.Value)).ToList();
        if (step.Entry("target") is { } nested)
        {
            if (inline.Count > 0)
            {
                context.Error(inline[0].Key, $"{where}: give the target either inline or under 'target', not both");
            }

            return Parse(nested.Value, where);
        }

        if (inline.Count > 0)
        {
            return FromKeys(step, inline, where);
        }

        if (required)
        {
            context.Error(step, $"{where} needs a target: one of {string.Join(", ", KindKeys)}, or 'target:'");
        }

        return null;
    }

    private Target? FromKeys(YamlMapping mapping, List<YamlEntry> entries, string where)
    {
        var kinds = entries.Where(e => KindKeys.Contains(e.Key.Value)).ToList();
        if (kinds.Count == 0)
        {
            context.Error(mapping, $"the target of {where} needs one of: {string.Join(", ", KindKeys)}");
            return null;
        }

        foreach (var extra in kinds.Skip(1))
        {
            context.Error(extra.Key, $"a target takes exactly one of {string.Join(", ", KindKeys)}; found '{kinds[0].Key.Value}' and '{extra.Key.Value}'");
        }

        var kindKey = kinds[0].Key.Value;
        var name = entries.Find(e => e.Key.Value == "name");
        var exact = entries.Find(e => e.Key.Value == "exact");
        if (name is not null && kindKey != "role")
        {
            context.Error(name.Key, "'name' only goes with 'role'");
        }

        if (exact is not null && kindKey is not ("role" or "text"))
        {
            context.Error(exact.Key, "'exact' only goes with 'role' or 'text'");
        }

        var value = Value(kinds[0]);
        var nameValue = name is null ? null : context.Text(name.Value, "'name'");
        var exactValue = exact is null ? false : context.Bool(exact.Value, "'exact'");
        if (value is null || (name is not null && nameValue is null) || exactValue is null)
        {
            return null;
        }

        return new Target(KindOf(kindKey), value, kindKey == "role" ? nameValue : null, exactValue.Value);
    }

    private ValueTemplate? Value(YamlEntry entry)
    {
        var raw = context.Text(entry.Value, $"'{entry.Key.Value}'");
        if (raw is null || entry.Key.Value is not ("css" or "xpath"))
        {
            return raw;
        }

        // css and xpath become Playwright selector strings; the prefix holds no reference, so parsing cannot fail.
        var prefixed = ValueTemplate.TryParse($"{entry.Key.Value}={raw.Raw}", out _) ?? raw;
        context.Locations.Add(prefixed, entry.Value.Location);
        return prefixed;
    }

    private static TargetKind KindOf(string key) => key switch
    {
        "role" => TargetKind.Role,
        "text" => TargetKind.Text,
        "label" => TargetKind.Label,
        "placeholder" => TargetKind.Placeholder,
        "testid" => TargetKind.TestId,
        "title" => TargetKind.Title,
        "alt" => TargetKind.AltText,
        _ => TargetKind.Selector,
    };
}
