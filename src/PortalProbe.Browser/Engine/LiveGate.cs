using PortalProbe.Campaigns;

namespace PortalProbe.Browser.Engine;

/// <summary>
/// Guards the live-only steps of one scenario in a campaign run: the action is claimed in the campaign's
/// ledger before its first click, so it happens at most once per campaign, city and channel, and an attempt
/// whose outcome is unknown is never repeated blindly.
/// </summary>
internal sealed class LiveGate(ICampaignStore campaigns, LiveActionKey key, long runId, TimeProvider time)
{
    public LiveActionKey Key => key;

    /// <summary>True once this run holds the claim: the action's outcome must then be recorded.</summary>
    public bool Claimed { get; private set; }

    /// <summary>
    /// Set when the attempt ended without a definite answer from the portal after the claim (a timeout, our own
    /// error, a human gate): whether the action happened is unknown, so it is left for an evaluator to resolve.
    /// </summary>
    public bool OutcomeUncertain { get; set; }

    public async Task<LiveClaim> ClaimAsync(CancellationToken cancellationToken)
    {
        var claim = await campaigns.ClaimAsync(key, runId, time.GetUtcNow(), cancellationToken);
        Claimed = claim is LiveClaim.Granted;
        return claim;
    }

    public Task FinishAsync(bool succeeded, string outcome, CancellationToken cancellationToken) =>
        campaigns.FinishAsync(key, succeeded ? LiveActionState.Done : LiveActionState.Failed, outcome, time.GetUtcNow(), cancellationToken);
}
