using PortalProbe.Browser.Checks.Links;
using PortalProbe.Browser.Links;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks;

/// <summary>
/// The links check (issue 4, 链接稳定性): crawls the channel from the check's start (the entry by default) through
/// the channel's browser context, so its user agent and cookies go with every request; checks every link found,
/// re-checking failures; samples the start page's availability; and judges. A confirmed broken link or an
/// unreachable start page (the 5% rule) fails; flaky links are reported, never failed.
/// </summary>
internal static class LinksCheckRunner
{
    public static async Task<CheckOutcome> RunAsync(CheckRun run, LinksCheck check, CancellationToken cancellationToken)
    {
        var start = run.StartOr(check.Start);
        if (!Uri.TryCreate(start, UriKind.Absolute, out var entry) || (entry.Scheme != Uri.UriSchemeHttp && entry.Scheme != Uri.UriSchemeHttps))
        {
            return new CheckOutcome(Verdict.Error, $"the links check at {check.Location} needs an http(s) start page, not '{start}'", []);
        }

        var options = run.Services.Links;
        var limits = new SurveyLimits(check.Depth ?? options.MaxDepth, check.MaxPages ?? options.MaxPages, check.Visits ?? options.AvailabilityVisits);
        var own = run.Services.Traffic is null ? new HostTraffic(options, run.Steps.Time, run.Logger) : null;
        try
        {
            var report = await new LinkSurvey(run.Services.Traffic ?? own!).RunAsync(run.BrowserContext, [entry], limits, cancellationToken);
            var findings = new LinkFindings(entry, report);
            await LinkEvidence.SaveAsync(run, findings, cancellationToken);
            return findings.Outcome();
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }
}
