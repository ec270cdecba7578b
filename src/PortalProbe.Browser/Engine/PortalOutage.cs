using System.Globalization;
using Microsoft.Playwright;
using PortalProbe.Results;

namespace PortalProbe.Browser.Engine;

/// <summary>
/// Spares a channel's portal that is down, within one pass over a city's scenarios. After
/// <see cref="SuspectAfter"/> attempts in a row failed having waited at least the navigation timeout without the
/// portal delivering any page, the channel's entry page is asked once; when it gives no answer within the navigation
/// timeout either, the portal is down and the channel's remaining scenarios of the pass are not loaded again, each
/// recorded as failed with that finding (<see cref="Finding"/>). An entry page that answers, with any status, clears
/// the suspicion: one page hanging is not the portal down. A later pass (a sweep's re-check) tries the portal again.
/// </summary>
internal sealed class PortalOutage(Uri? entry, TimeSpan navigationTimeout, TimeProvider time)
{
    /// <summary>Failed attempts in a row that delivered no page before the entry page is asked.</summary>
    public const int SuspectAfter = 2;

    private int _blankFailures;

    /// <summary>Why the portal counts as down, once it does; null while it does not.</summary>
    public string? Finding { get; private set; }

    /// <summary>Notes one attempt: a fail that waited out a navigation and left the page blank counts towards suspicion.</summary>
    public void Observe(AttemptResult attempt, string? pageUrl)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var deliveredNothing = attempt.Verdict == Verdict.Fail
            && attempt.Duration >= navigationTimeout
            && (string.IsNullOrEmpty(pageUrl) || pageUrl == "about:blank");
        _blankFailures = deliveredNothing ? _blankFailures + 1 : 0;
    }

    /// <summary>When the last attempts delivered nothing, asks the entry page once; decides whether the portal is down.</summary>
    public async Task ConfirmIfSuspectedAsync(IBrowserContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Finding is not null || entry is null || _blankFailures < SuspectAfter)
        {
            return;
        }

        var suspicion = _blankFailures;
        _blankFailures = 0;
        var askedAt = time.GetUtcNow();
        try
        {
            var response = await context.APIRequest
                .GetAsync(entry.AbsoluteUri, new APIRequestContextOptions { Timeout = (float)navigationTimeout.TotalMilliseconds })
                .WaitAsync(cancellationToken);
            await response.DisposeAsync();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            var seconds = navigationTimeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            Finding = $"not loaded: the portal is down (the last {suspicion} attempts on this channel got no page within {seconds}s, " +
                $"and its entry page {entry} gave no answer within {seconds}s either, asked at " +
                $"{askedAt.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC: {BrowserSession.FirstLine(e.Message)}); not asked again in this pass";
        }
    }

    /// <summary>The channel's entry as an address the portal can be asked at, or null when it is not a web address.</summary>
    public static Uri? EntryOf(string resolvedEntry) =>
        Uri.TryCreate(resolvedEntry, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
