using PortalProbe.Scripts;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Parsing;

/// <summary>
/// Reads one step: exactly one keyword key plus the common keys <c>label</c>, <c>timeout</c> and <c>live-only</c>
/// (a step with a side effect on a real portal, skipped by dry runs).
/// </summary>
internal sealed class StepParser
{
    public static readonly IReadOnlyList<string> Keywords =
        ["goto", "click", "check", "fill", "select", "press", "wait-for", "expect", "manual-when", "extract", "sms-code", "screenshot", "use"];

    public static readonly IReadOnlyList<string> CommonKeys = ["label", "timeout", "live-only", "with"];

    private readonly ParseContext _context;
    private readonly StepForms _forms;

    public StepParser(ParseContext context)
    {
        _context = context;
        _forms = new StepForms(context);
    }

    /// <summary>Every step of a <c>steps:</c> list that parsed; problems are reported.</summary>
    public IReadOnlyList<Step> ParseList(YamlNode? node, YamlNode owner, string where)
    {
        var items = node is null ? [] : _context.Sequence(node, $"'steps' of {where}");
        if (items is { Count: 0 })
        {
            _context.Error(node ?? owner, $"{where} needs at least one step");
        }

        return (items ?? []).Select(Parse).OfType<Step>().ToList();
    }

    public Step? Parse(YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            _context.Error(node, "a step must be a mapping such as '- click: <target>'");
            return null;
        }

        var keyword = Keyword(mapping);
        var with = mapping.Entry("with");
        if (with is not null && keyword?.Key.Value != "use")
        {
            _context.Error(with.Key, "'with' only goes with 'use'");
        }

        var label = mapping["label"] is { } labelNode ? _context.Scalar(labelNode, "'label'") : null;
        var timeout = mapping["timeout"] is { } timeoutNode ? Timeout(timeoutNode) : null;
        var liveOnly = mapping["live-only"] is { } liveNode ? _context.Bool(liveNode, "'live-only'") : false;
        if (keyword is null)
        {
            return null;
        }

        var step = _forms.Parse(keyword, mapping);
        return step is null ? null : step with { Label = label, Timeout = timeout, LiveOnly = liveOnly ?? false };
    }

    private YamlEntry? Keyword(YamlMapping mapping)
    {
        var candidates = mapping.Entries.Where(e => !CommonKeys.Contains(e.Key.Value)).ToList();
        var known = candidates.Where(e => Keywords.Contains(e.Key.Value)).ToList();
        if (candidates.Count == 0)
        {
            _context.Error(mapping, $"a step needs one of: {string.Join(", ", Keywords)}");
            return null;
        }

        var unknown = candidates.Where(e => !Keywords.Contains(e.Key.Value)).ToList();
        if (known.Count == 0)
        {
            var word = unknown[0].Key.Value;
            _context.Error(unknown[0].Key, $"unknown step '{word}'{Suggestions.DidYouMean(word, Keywords)} (steps: {string.Join(", ", Keywords)})");
            unknown.RemoveAt(0);
        }

        foreach (var entry in unknown)
        {
            _context.Error(entry.Key, ParseContext.UnknownKey(entry.Key.Value, [.. Keywords, .. CommonKeys], "a step"));
        }

        foreach (var extra in known.Skip(1))
        {
            _context.Error(extra.Key, $"a step takes exactly one keyword; found '{known[0].Key.Value}' and '{extra.Key.Value}'");
        }

        return known.Count > 0 ? known[0] : null;
    }

    private TimeSpan? Timeout(YamlNode node)
    {
        var text = _context.Scalar(node, "'timeout'");
        var timeout = text is null ? null : Durations.TryParse(text);
        if (text is not null && timeout is null)
        {
            _context.Error(node, $"'timeout' must be a duration such as 500ms, 5s or 2m, not '{text}'");
        }

        return timeout;
    }
}
