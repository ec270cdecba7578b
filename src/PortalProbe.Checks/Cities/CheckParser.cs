using PortalProbe.Checks.Parsing;
using PortalProbe.Scripts;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Cities;

/// <summary>
/// Reads a scenario's <c>check:</c> block, whose keys depend on the scenario's kind (see docs/check-language.md).
/// Registration, login, submission and custom scenarios take none: their facts come from their steps.
/// </summary>
internal sealed class CheckParser(ParseContext context, StepParser steps)
{
    private static readonly IReadOnlyList<string> LinksKeys = ["start", "depth", "max-pages", "visits"];
    private static readonly IReadOnlyList<string> ChatbotKeys = ["input", "send", "answers", "questions", "paraphrases", "wait"];
    private static readonly IReadOnlyList<string> DisclosureKeys = ["find", "start", "window-days"];
    private static readonly IReadOnlyList<string> SelfServiceKeys = ["start"];
    private static readonly IReadOnlyList<string> ProgressKeys = ["lookup", "status", "reply"];
    private static readonly IReadOnlyList<string> Topics = ["reports", "cases"];

    /// <summary>Whether a scenario of this kind must, may or must not have a check block.</summary>
    public static bool Takes(ScenarioKind kind) =>
        kind is ScenarioKind.Links or ScenarioKind.Chatbot or ScenarioKind.Disclosure or ScenarioKind.SelfService or ScenarioKind.Progress;

    public ScenarioCheck? Parse(YamlNode node, ScenarioKind kind, string where)
    {
        if (!Takes(kind))
        {
            context.Error(node, $"{where}: a '{kind.ToId()}' scenario takes no 'check' block; its facts come from its steps " +
                "(a check block goes with kinds links, chatbot, disclosure, selfservice and progress)");
            return null;
        }

        if (context.Mapping(node, $"the 'check' block of {where}") is not { } mapping)
        {
            return null;
        }

        var what = $"the '{kind.ToId()}' check of {where}";
        return kind switch
        {
            ScenarioKind.Links => Links(mapping, what),
            ScenarioKind.Chatbot => Chatbot(mapping, what),
            ScenarioKind.Disclosure => Disclosure(mapping, what),
            ScenarioKind.SelfService => SelfService(mapping, what),
            _ => Progress(mapping, what),
        };
    }

    private LinksCheck Links(YamlMapping mapping, string what)
    {
        context.RejectUnknownKeys(mapping, LinksKeys, what);
        return new LinksCheck(
            mapping.Location,
            Optional(mapping, "start", n => context.Text(n, "'start'")),
            Positive(mapping, "depth", what, allowZero: true),
            Positive(mapping, "max-pages", what, allowZero: false),
            Positive(mapping, "visits", what, allowZero: false));
    }

    private ChatbotCheck? Chatbot(YamlMapping mapping, string what)
    {
        context.RejectUnknownKeys(mapping, ChatbotKeys, what);
        var targets = new TargetParser(context);
        var input = Required(mapping, "input", what, n => targets.Parse(n, "'input'"));
        var send = Optional(mapping, "send", n => targets.Parse(n, "'send'"));
        var answers = Required(mapping, "answers", what, n => targets.Parse(n, "'answers'"));
        var questions = Positive(mapping, "questions", what, allowZero: false);
        var paraphrases = mapping["paraphrases"] is { } p ? context.Bool(p, "'paraphrases'") ?? true : true;
        var wait = mapping["wait"] is { } w ? Duration(w, what) : null;
        return input is null || answers is null ? null : new ChatbotCheck(mapping.Location, input, send, answers, questions, paraphrases, wait);
    }

    private DisclosureCheck? Disclosure(YamlMapping mapping, string what)
    {
        context.RejectUnknownKeys(mapping, DisclosureKeys, what);
        var topic = Required(mapping, "find", what, Topic);
        var start = Optional(mapping, "start", n => context.Text(n, "'start'"));
        var days = Positive(mapping, "window-days", what, allowZero: false);
        return topic is { } t ? new DisclosureCheck(mapping.Location, t, start, days is { } d ? TimeSpan.FromDays(d) : null) : null;
    }

    private SelfServiceCheck SelfService(YamlMapping mapping, string what)
    {
        context.RejectUnknownKeys(mapping, SelfServiceKeys, what);
        return new SelfServiceCheck(mapping.Location, Optional(mapping, "start", n => context.Text(n, "'start'")));
    }

    private ProgressCheck? Progress(YamlMapping mapping, string what)
    {
        context.RejectUnknownKeys(mapping, ProgressKeys, what);
        var targets = new TargetParser(context);
        if (mapping["lookup"] is null)
        {
            context.Error(mapping, $"{what} needs 'lookup': the steps that look one ticket up, using ${{ticket}}");
        }

        var lookup = steps.ParseList(mapping["lookup"], mapping, $"'lookup' of {what}");
        var status = Required(mapping, "status", what, n => targets.Parse(n, "'status'"));
        var reply = Optional(mapping, "reply", n => targets.Parse(n, "'reply'"));
        return status is null ? null : new ProgressCheck(mapping.Location, lookup, status, reply);
    }

    private DisclosureTopic? Topic(YamlNode node)
    {
        switch (context.Scalar(node, "'find'"))
        {
            case "reports":
                return DisclosureTopic.Reports;
            case "cases":
                return DisclosureTopic.Cases;
            case null:
                return null;
            case var other:
                context.Error(node, $"unknown disclosure topic '{other}'{Suggestions.DidYouMean(other, Topics)} (topics: {string.Join(", ", Topics)})");
                return null;
        }
    }

    private TimeSpan? Duration(YamlNode node, string what)
    {
        var text = context.Scalar(node, "'wait'");
        if (text is null)
        {
            return null;
        }

        var duration = Durations.TryParse(text);
        if (duration is null)
        {
            context.Error(node, $"'wait' of {what} must be a duration like 10s or 500ms, not '{text}'");
        }

        return duration;
    }

    private int? Positive(YamlMapping mapping, string key, string what, bool allowZero)
    {
        if (mapping[key] is not { } node || context.Count(node, $"'{key}'") is not { } value)
        {
            return null;
        }

        if (value < 0 || (value == 0 && !allowZero))
        {
            context.Error(node, $"'{key}' of {what} must be {(allowZero ? "zero or more" : "at least 1")}");
            return null;
        }

        return value;
    }

    private T? Required<T>(YamlMapping mapping, string key, string what, Func<YamlNode, T?> read)
    {
        if (mapping[key] is { } node)
        {
            return read(node);
        }

        context.Error(mapping, $"{what} needs '{key}'");
        return default;
    }

    private static T? Optional<T>(YamlMapping mapping, string key, Func<YamlNode, T?> read) =>
        mapping[key] is { } node ? read(node) : default;
}
