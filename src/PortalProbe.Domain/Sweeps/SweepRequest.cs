using System.Text;

namespace PortalProbe.Sweeps;

/// <summary>
/// What a sweep was asked to do, kept in the database so that a sweep cut short resumes from it alone.
/// </summary>
/// <param name="Cities">City codes in the order they are run.</param>
/// <param name="ChecksFolder">The folder of check scripts, as an absolute path.</param>
/// <param name="Vars">The run-time variables (<c>--var</c>) every city gets.</param>
/// <param name="Mode"><c>dry-run</c> or <c>live</c>.</param>
/// <param name="CampaignId">The open campaign of a live sweep; null for a dry run.</param>
/// <param name="Parallel">How many cities run at once.</param>
public sealed record SweepRequest(
    IReadOnlyList<string> Cities,
    string ChecksFolder,
    IReadOnlyDictionary<string, string> Vars,
    string Mode,
    long? CampaignId,
    int Parallel)
{
    /// <summary>
    /// Two requests with the same key are the same sweep: the same cities, scripts, variables, mode and campaign.
    /// The parallelism is not part of it: resuming with another <c>--parallel</c> is still the same sweep.
    /// </summary>
    public string Key
    {
        get
        {
            var key = new StringBuilder();
            key.Append(Mode).Append('|').Append(CampaignId).Append('|').Append(ChecksFolder).Append('|');
            key.AppendJoin(',', Cities.Order(StringComparer.Ordinal)).Append('|');
            key.AppendJoin(',', Vars.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "=" + v.Value));
            return key.ToString();
        }
    }
}
