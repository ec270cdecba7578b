using Microsoft.EntityFrameworkCore;
using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Storage.Database;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Campaigns.Internal;

/// <summary>
/// The reads and checks the campaign store makes inside its write transactions, each failing with a message
/// that names what was asked for.
/// </summary>
internal static class CampaignLookups
{
    public static Task<CampaignRow?> FindByNameAsync(ResultsDbContext db, string name, CancellationToken cancellationToken) =>
        db.Campaigns.SingleOrDefaultAsync(c => c.Name == name, cancellationToken);

    public static Task<CampaignRow?> FindOpenAsync(ResultsDbContext db, CancellationToken cancellationToken) =>
        db.Campaigns.SingleOrDefaultAsync(c => c.ClosedAt == null, cancellationToken);

    public static async Task<CampaignRow> RequireAsync(ResultsDbContext db, long campaignId, CancellationToken cancellationToken) =>
        await db.Campaigns.SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
        ?? throw new CampaignException($"campaign {campaignId} does not exist");

    public static Task<LiveActionRow?> FindActionAsync(ResultsDbContext db, LiveActionKey key, CancellationToken cancellationToken)
    {
        var channel = key.Channel.ToId();
        return db.LiveActions.SingleOrDefaultAsync(
            a => a.CampaignId == key.CampaignId && a.CityCode == key.CityCode && a.Channel == channel && a.Action == key.Action,
            cancellationToken);
    }

    /// <summary>Live work is done by a run of the same campaign; a dry run (no campaign) may never do it.</summary>
    public static async Task RequireRunOfAsync(
        ResultsDbContext db, long runId, CampaignRow campaign, string what, CancellationToken cancellationToken)
    {
        var run = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken)
            ?? throw new InvalidOperationException($"run {runId} does not exist; begin it with BeginRunAsync first");
        if (run.CampaignId != campaign.Id)
        {
            var actual = run.CampaignId is null ? "outside any campaign" : $"in campaign {run.CampaignId}";
            throw new CampaignException(
                $"run {runId} was begun {actual}, not in campaign '{campaign.Name}' ({campaign.Id}): it cannot {what}");
        }
    }

    /// <summary>Checks what the schema would otherwise reject with a bare constraint error.</summary>
    public static void ValidatePlace(string cityCode, ChannelKind channel, string paramName)
    {
        if (!CityInfo.IsValidCode(cityCode))
        {
            throw new ArgumentException($"'{cityCode}' is not a six-digit city code", paramName);
        }

        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentException($"{(int)channel} is not a channel", paramName);
        }
    }

    public static void ValidateKey(LiveActionKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ValidatePlace(key.CityCode, key.Channel, nameof(key));
        if (string.IsNullOrWhiteSpace(key.Action))
        {
            throw new ArgumentException("the action of a live action key is empty", nameof(key));
        }
    }

    /// <summary>A granted action ends done or failed; it can never go back to started.</summary>
    public static string FinalState(LiveActionState state, string paramName) => state switch
    {
        LiveActionState.Done => LiveActionStates.Done,
        LiveActionState.Failed => LiveActionStates.Failed,
        _ => throw new ArgumentException($"a live action ends done or failed, not {state}", paramName),
    };
}
