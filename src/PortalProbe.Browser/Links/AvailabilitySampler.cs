using Microsoft.Playwright;

namespace PortalProbe.Browser.Links;

/// <summary>
/// Visits each entry page <see cref="LinkOptions.AvailabilityVisits"/> times in Chromium,
/// <see cref="LinkOptions.AvailabilityInterval"/> apart, and records whether it was open (loaded with a status
/// below 400) within <see cref="LinkOptions.RequestTimeout"/>, and how long it took. By the government-website
/// rule the site is unreachable when 5% or more of the visits were not open. Sampling stops after the round in which
/// the visits not open reach 5% of all the visits planned: the remaining visits could not change the verdict (nor the
/// availability score, which needs more than 95% open), and on a portal that hangs each of them would cost a full
/// timeout.
/// </summary>
public sealed class AvailabilitySampler(HostTraffic traffic)
{
    public Task<AvailabilityReport> SampleAsync(IBrowserContext context, IReadOnlyList<Uri> entries, CancellationToken cancellationToken) =>
        SampleAsync(context, entries, traffic.Options.AvailabilityVisits, cancellationToken);

    /// <summary>Visits each entry page <paramref name="visitsEach"/> times instead of the traffic's option.</summary>
    public async Task<AvailabilityReport> SampleAsync(IBrowserContext context, IReadOnlyList<Uri> entries, int visitsEach, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfLessThan(visitsEach, 1);
        var visits = new List<AvailabilityVisit>();
        var planned = visitsEach * entries.Count;
        for (var round = 0; round < visitsEach && !AvailabilityReport.Decided(visits.Count(v => !v.Open), planned, LinkDefaults.UnreachableRatio); round++)
        {
            if (round > 0 && traffic.Options.AvailabilityInterval > TimeSpan.Zero)
            {
                await Task.Delay(traffic.Options.AvailabilityInterval, traffic.Time, cancellationToken);
            }

            visits.AddRange(await Task.WhenAll(entries.Select(e => traffic.InLaneAsync(e, _ => VisitAsync(context, e), cancellationToken))));
        }

        return new AvailabilityReport(visits, LinkDefaults.UnreachableRatio) { Planned = planned };
    }

    private async Task<AvailabilityVisit> VisitAsync(IBrowserContext context, Uri url)
    {
        var page = await context.NewPageAsync();
        var at = traffic.Time.GetUtcNow();
        var started = traffic.Time.GetTimestamp();
        try
        {
            var response = await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions
            {
                WaitUntil = WaitUntilState.Load,
                Timeout = (float)traffic.Options.RequestTimeout.TotalMilliseconds,
            });
            var elapsed = traffic.Time.GetElapsedTime(started);
            var status = response?.Status;
            var open = status is < 400 && elapsed <= traffic.Options.RequestTimeout;
            return new AvailabilityVisit(url, at, open, status, elapsed, open ? null : $"HTTP {status}");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return new AvailabilityVisit(url, at, false, null, traffic.Time.GetElapsedTime(started), e.Message.Split('\n', 2)[0].Trim());
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
