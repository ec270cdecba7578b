using Microsoft.Playwright;
using PortalProbe.Browser.Navigation;

namespace PortalProbe.Browser.SelfService;

/// <summary>One thing found on the start page: the channel (null for the enterprise entrance), what it says, and where it leads.</summary>
internal sealed record SelfServiceFinding(SearchChannel? Channel, string Text, Uri? Target, PageVisit? Visit)
{
    /// <summary>Found and usable: a control without a target (a search field, a chat button) or a link that opened.</summary>
    public bool Works => Visit is null || Visit.Opened;
}

/// <summary>What the start page offers: every channel and enterprise entrance found, each link to one opened.</summary>
internal sealed record SelfServiceSurvey(IReadOnlyList<SelfServiceFinding> Findings)
{
    /// <summary>The channels that work, each counted once.</summary>
    public IReadOnlyList<SearchChannel> Channels =>
        [.. Findings.Where(f => f.Channel is not null && f.Works).Select(f => f.Channel!.Value).Distinct().Order()];

    public bool EnterpriseEntrance => Findings.Any(f => f.Channel is null && f.Works);

    /// <summary>The pause before a link that answered a server error is opened again.</summary>
    public static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Reads the start page's controls, then opens the first link of each channel (and of the entrance) to see it
    /// works; a channel whose every link fails to open is not counted. The page is left on the start page.
    /// </summary>
    /// <remarks>
    /// A link that answers a server error or drops the connection is opened once more (<see cref="PageOpener.OpenOrRetryAsync"/>):
    /// the scenario speaks for the enterprise entrance and the number of channels besides its verdict, and a sweep's
    /// re-check of the scenario, which a true failure of another channel calls for, must not count one passing 502
    /// as a missing entrance or channel.
    /// </remarks>
    public static async Task<SelfServiceSurvey> TakeAsync(IPage page, Uri start, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var controls = await PageControls.ReadAsync(page);
        var candidates = new List<(SearchChannel? Channel, PageControl Control)>();
        foreach (var control in controls)
        {
            var channel = control.IsSearchField ? SearchChannel.SiteSearch : SelfServiceLabels.Channel(control.Text);
            if (channel is not null)
            {
                candidates.Add((channel, control));
            }
            else if (SelfServiceLabels.NamesEnterprise(control.Text))
            {
                candidates.Add((null, control));
            }
        }

        var findings = new List<SelfServiceFinding>();
        foreach (var group in candidates.GroupBy(c => c.Channel))
        {
            // Prefer a control that needs no navigation (a search field, a chat button); else try links in turn.
            var direct = group.FirstOrDefault(c => c.Control.Target is null || (PageOpener.SameDocument(c.Control.Target, start) && c.Control.Target.Fragment.Length <= 2));
            if (direct.Control is not null)
            {
                findings.Add(new SelfServiceFinding(group.Key, direct.Control.Text, direct.Control.Target, null));
                continue;
            }

            foreach (var (channel, control) in group.DistinctBy(c => c.Control.Target!.AbsoluteUri).Take(2))
            {
                var visit = await PageOpener.OpenOrRetryAsync(page, control.Target!, timeout, RetryPause, time, cancellationToken);
                findings.Add(new SelfServiceFinding(channel, control.Text, control.Target, visit));
                if (visit.Opened)
                {
                    break;
                }
            }
        }

        if (findings.Any(f => f.Visit is not null))
        {
            await PageOpener.OpenOrRetryAsync(page, start, timeout, RetryPause, time, cancellationToken);
        }

        return new SelfServiceSurvey(findings);
    }
}
