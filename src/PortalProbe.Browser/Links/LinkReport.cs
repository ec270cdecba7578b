using PortalProbe.Facts;

namespace PortalProbe.Browser.Links;

/// <summary>What one channel's link survey found: every checked link with its verdict, the pages crawled, and the entry pages' availability.</summary>
public sealed record LinkReport(IReadOnlyList<LinkResult> Links, IReadOnlyList<CrawledPage> Pages, AvailabilityReport? Availability)
{
    /// <summary>Links that reached their host at least once (links of a host whose breaker stayed open are not counted).</summary>
    public int Checked => Links.Count(l => l.Outcome != LinkOutcome.HostUnavailable);

    public IReadOnlyList<LinkResult> Broken => [.. Links.Where(l => l.Outcome == LinkOutcome.Broken)];

    public IReadOnlyList<LinkResult> Flaky => [.. Links.Where(l => l.Outcome == LinkOutcome.Flaky)];

    /// <summary>Links never checked because their host's circuit breaker was open; reported, never counted as ok.</summary>
    public IReadOnlyList<LinkResult> HostUnavailable => [.. Links.Where(l => l.Outcome == LinkOutcome.HostUnavailable)];

    /// <summary>Broken links over checked links; 0 when nothing was checked.</summary>
    public double BrokenRatio => Checked == 0 ? 0 : (double)Broken.Count / Checked;

    /// <summary>Broken internal jump pages whose target failed (转外部链接失败).</summary>
    public int ExternalJumpFailures => Links.Count(l => l.IsExternalJumpFailure);

    /// <summary>The typed facts of <see cref="FactRegistry"/>; availability and load facts only when entry pages were sampled.</summary>
    public IReadOnlyList<FactValue> Facts()
    {
        var facts = new List<FactValue>
        {
            FactValue.Of(FactRegistry.LinksChecked, Checked),
            FactValue.Of(FactRegistry.LinksBroken, Broken.Count),
            FactValue.Of(FactRegistry.LinksFlaky, Flaky.Count),
            FactValue.Ratio(FactRegistry.LinksBrokenRatio, BrokenRatio),
            FactValue.Of(FactRegistry.LinksExternalJumpFailures, ExternalJumpFailures),
        };
        if (Availability is { } availability)
        {
            facts.Add(FactValue.Ratio(FactRegistry.AvailabilityRatio, availability.Ratio));
            if (availability.MedianLoad is { } median && availability.SlowestLoad is { } slowest)
            {
                facts.Add(FactValue.Of(FactRegistry.LoadMedian, median));
                facts.Add(FactValue.Of(FactRegistry.LoadSlowest, slowest));
            }
        }

        return facts;
    }
}
