using PortalProbe.Diagnostics;

namespace PortalProbe.Scripts;

/// <summary>
/// The measurement a scenario of a given kind makes after its steps have brought the page where it starts
/// (a scenario's <c>check:</c> block). Registration, login and submission take none: their facts follow from
/// their steps.
/// </summary>
public abstract record ScenarioCheck(SourceLocation Location)
{
    /// <summary>Every value template in the check, for validation of references.</summary>
    public virtual IEnumerable<ValueTemplate> Templates => [];

    /// <summary>A short description for reasons and step lists.</summary>
    public abstract string Describe();
}

/// <summary>
/// Crawls the channel from <see cref="Start"/> (the channel's entry when null) to <see cref="Depth"/>, checks
/// every link found, and samples the entry page's availability <see cref="Visits"/> times.
/// </summary>
public sealed record LinksCheck(SourceLocation Location, ValueTemplate? Start, int? Depth, int? MaxPages, int? Visits)
    : ScenarioCheck(Location)
{
    public override IEnumerable<ValueTemplate> Templates => Start is null ? [] : [Start];

    public override string Describe() => $"check links from {(Start?.ToString() ?? "the entry")}";
}

/// <summary>
/// Asks the question bank's questions (and their paraphrases) in the chat window the steps opened: types into
/// <see cref="Input"/>, sends with <see cref="Send"/> (Enter when null), and reads the newest of <see cref="Answers"/>.
/// </summary>
public sealed record ChatbotCheck(
    SourceLocation Location, Target Input, Target? Send, Target Answers, int? Questions, bool Paraphrases, TimeSpan? Wait)
    : ScenarioCheck(Location)
{
    public override IEnumerable<ValueTemplate> Templates =>
        [.. Input.Templates, .. Send?.Templates ?? [], .. Answers.Templates];

    public override string Describe() => "ask the question bank";
}

/// <summary>What a disclosure scenario looks for.</summary>
public enum DisclosureTopic
{
    /// <summary>Appeal data and analysis reports (诉求数据, 数据分析报告, 月报).</summary>
    Reports,

    /// <summary>Hot appeal cases (热点诉求案例, 典型案例).</summary>
    Cases,
}

/// <summary>
/// Follows the portal's own navigation from <see cref="Start"/> (the channel's entry when null) to the pages that
/// publish <see cref="Topic"/>, extracts their publication dates and judges recency against <see cref="Window"/>.
/// </summary>
public sealed record DisclosureCheck(SourceLocation Location, DisclosureTopic Topic, ValueTemplate? Start, TimeSpan? Window)
    : ScenarioCheck(Location)
{
    public override IEnumerable<ValueTemplate> Templates => Start is null ? [] : [Start];

    public override string Describe() => $"find {(Topic == DisclosureTopic.Reports ? "appeal data reports" : "hot cases")}";
}

/// <summary>
/// Counts the information-search channels (site search, FAQ or knowledge base, hot questions, chatbot) reachable
/// from <see cref="Start"/> (the channel's entry when null) and looks for an enterprise-service entrance.
/// </summary>
public sealed record SelfServiceCheck(SourceLocation Location, ValueTemplate? Start) : ScenarioCheck(Location)
{
    public override IEnumerable<ValueTemplate> Templates => Start is null ? [] : [Start];

    public override string Describe() => "count the self-service search channels";
}

/// <summary>
/// Looks up every open ticket of the campaign for this city and channel (and one the steps just obtained):
/// runs <see cref="Lookup"/> with the variable <c>ticket</c> set, then reads <see cref="Status"/> and
/// <see cref="Reply"/>.
/// </summary>
public sealed record ProgressCheck(SourceLocation Location, IReadOnlyList<Step> Lookup, Target Status, Target? Reply)
    : ScenarioCheck(Location)
{
    public override IEnumerable<ValueTemplate> Templates =>
        [.. Lookup.SelectMany(s => s.Templates), .. Status.Templates, .. Reply?.Templates ?? []];

    public override string Describe() => "look up the campaign's tickets";
}
