using System.Globalization;
using System.Text;
using PortalProbe.Browser.Links;
using PortalProbe.Results;

namespace PortalProbe.Browser.Checks.Links;

/// <summary>
/// What a links survey means for the scenario: fail on a link broken in both checks, on a link that could not be
/// checked at all because its host's circuit breaker stayed open (the host failed again and again in this process, so
/// a citizen cannot reach it either; a pass would claim what nobody saw), on a start page that could not be read, on a
/// start page not open in 5% or more of its visits (the government-website rule), or when nothing at all was found to
/// check; otherwise pass, with flaky links named in the reason.
/// </summary>
internal sealed class LinkFindings(Uri start, LinkReport report)
{
    /// <summary>How many broken and flaky links the reason names; the JSON evidence lists them all.</summary>
    public const int NamedInReason = 3;

    public Uri Start { get; } = start;

    public LinkReport Report { get; } = report;

    /// <summary>The start page as the crawl read it, when its served HTML could not be had (an HTTP error, a loop, no answer).</summary>
    public CrawledPage? UnreadStart => Report.Pages.FirstOrDefault(p => p.Depth == 0 && p.Status is not (>= 200 and < 300));

    public bool Unreachable => Report.Availability is { Unreachable: true };

    public CheckOutcome Outcome()
    {
        var fails = Report.Broken.Count > 0 || Report.HostUnavailable.Count > 0 || Unreachable || UnreadStart is not null || Report.Links.Count == 0;
        return new CheckOutcome(fails ? Verdict.Fail : Verdict.Pass, Reason(), Report.Facts());
    }

    private string Reason()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Report.Checked} links checked from {Start} ({Report.Pages.Count} {(Report.Pages.Count == 1 ? "page" : "pages")} read): ");
        text.Append(CultureInfo.InvariantCulture, $"{Report.Broken.Count} broken, {Report.Flaky.Count} flaky");
        if (Report.HostUnavailable.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {Report.HostUnavailable.Count} not checked (their host's circuit breaker stayed open after repeated failures)");
        }

        text.Append("; ").Append(Availability());
        if (UnreadStart is { } page)
        {
            text.Append(CultureInfo.InvariantCulture, $". The start page could not be read: {page.Error ?? Status(page.Status)}");
        }
        else if (Report.Links.Count == 0)
        {
            text.Append(". The start page shows no link at all (an empty or broken page?)");
        }

        Named(text, "Broken", Report.Broken, Describe);
        Named(text, "Not checked", Report.HostUnavailable, l => $"{l.Url} on {l.FoundOn}: {Error(l) ?? "its host's circuit breaker is open"}");
        Named(text, "Flaky", Report.Flaky, l => string.Create(
            CultureInfo.InvariantCulture, $"{l.Url} on {l.FoundOn} failed {Percent(l.FailureRatio)} of its checks ({What(l)})"));
        return text.ToString();
    }

    private string Availability()
    {
        if (Report.Availability is not { } a)
        {
            return "start page not sampled";
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"start page open in {a.Open} of {a.Visits.Count} visits ({Percent(a.Ratio)})");
        if (a.MedianLoad is { } median)
        {
            line += string.Create(CultureInfo.InvariantCulture, $", median load {median.TotalMilliseconds:0} ms");
        }

        if (a.Unreachable)
        {
            var failure = a.Visits.FirstOrDefault(v => !v.Open);
            line += string.Create(CultureInfo.InvariantCulture,
                $": unreachable by the 5% rule{(failure?.Error is { } error ? $" (first failed visit: {error})" : "")}");
            if (a.StoppedEarly)
            {
                line += string.Create(CultureInfo.InvariantCulture, $"; the other {a.Planned - a.Visits.Count} of {a.Planned} planned visits were not made, as they could not change that");
            }
        }

        return line;
    }

    private static void Named(StringBuilder text, string title, IReadOnlyList<LinkResult> links, Func<LinkResult, string> describe)
    {
        if (links.Count == 0)
        {
            return;
        }

        text.Append(". ").Append(title).Append(": ").AppendJoin("; ", links.Take(NamedInReason).Select(describe));
        if (links.Count > NamedInReason)
        {
            text.Append(CultureInfo.InvariantCulture, $"; and {links.Count - NamedInReason} more");
        }
    }

    private static string Describe(LinkResult link) => $"{link.Url} on {link.FoundOn}: {What(link)}, chain {Chain(link.Chain)}";

    /// <summary>The classification and the deciding check's error or status.</summary>
    public static string What(LinkResult link) => $"{link.Classification}, {Error(link) ?? Status(link.FinalStatus)}";

    /// <summary>The error of the deciding (last failing) check, when no HTTP answer explains it.</summary>
    public static string? Error(LinkResult link) =>
        link.Attempts.LastOrDefault(a => a.Classification == link.Classification && a.Error is not null)?.Error;

    public static string Chain(IReadOnlyList<RedirectHop> chain) =>
        string.Join(" -> ", chain.Select(h => $"{h.Method} {h.Url} {(h.Status is { } s ? s.ToString(CultureInfo.InvariantCulture) : "no answer")}"));

    private static string Percent(double ratio) => string.Create(CultureInfo.InvariantCulture, $"{ratio * 100:0.#}%");

    private static string Status(int? status) => status is { } s ? string.Create(CultureInfo.InvariantCulture, $"HTTP {s}") : "no answer";
}
