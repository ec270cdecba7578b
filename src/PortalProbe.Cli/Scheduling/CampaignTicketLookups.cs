using Microsoft.Extensions.Logging;
using PortalProbe.Browser.Engine;
using PortalProbe.Checks;
using PortalProbe.Cities;
using PortalProbe.Cli.Hosting;
using PortalProbe.Facts;
using PortalProbe.Scripts;

namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// <c>serve</c>'s daily progress lookups: for every city with an open (not closed) ticket in the open campaign, runs
/// that city's <c>progress</c> scenarios on the channels the tickets were filed on, as <c>run --city C --scenario S
/// --channel K</c> would, with the nightly sweep's checks folder and variables. Each is a dry run: a lookup has no
/// side effect, and the progress check looks up every open ticket of the campaign for its city and channel
/// (<c>TicketSource</c>). One Chromium serves the whole job and is closed at its end.
/// </summary>
internal sealed partial class CampaignTicketLookups(
    CliEnvironment environment, ProbeHost probe, ScheduleSettings settings, ILogger<CampaignTicketLookups> logger) : ITicketProgressLookups
{
    public async Task<int> LookUpOpenTicketsAsync(CancellationToken cancellationToken)
    {
        if (await probe.Campaigns.FindOpenAsync(cancellationToken) is not { } campaign)
        {
            LogNoCampaign();
            return 0;
        }

        var open = (await probe.Campaigns.ProgressAsync(campaign.Id, cityCode: null, cancellationToken))
            .Where(p => !p.IsClosed)
            .GroupBy(p => p.Ticket.CityCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Ticket.Channel).Distinct().ToList(), StringComparer.Ordinal);
        if (open.Count == 0)
        {
            LogNoOpenTicket(campaign.Name);
            return 0;
        }

        var unattended = environment with { Interactive = false, Input = null };
        var folder = Path.GetFullPath(ProjectPaths.ChecksFolder(unattended, settings.NightlySweep.Checks), unattended.WorkingDirectory);
        var library = ScriptLibrary.Load(folder, unattended.Variables);
        var (services, errors) = CheckServicesLoader.Load(unattended, folder);
        if (services is null)
        {
            throw new InvalidOperationException($"the progress lookups cannot start: {string.Join("; ", errors)}");
        }

        await using var browser = await probe.LaunchNewBrowserAsync(cancellationToken);
        var runner = probe.CreateRunner(services, _ => Task.FromResult(browser));
        var looked = 0;
        foreach (var (code, channels) in open)
        {
            if (library.FindCity(code) is not { Value: { } script, HasErrors: false })
            {
                LogNoScript(code, folder);
                continue;
            }

            foreach (var (scenario, channel) in Lookups(script, channels))
            {
                var request = new RunRequest(settings.NightlySweep.Vars, scenario.Name, channel);
                var run = await runner.RunAsync(script, request, cancellationToken);
                var result = run.Scenarios.SingleOrDefault(s => s.Scenario == scenario.Name && s.Channel == channel);
                var tickets = result?.Facts.FirstOrDefault(f => f.Name == FactRegistry.ProgressTickets.Name)?.Value is { } text
                    && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : 0;
                looked += tickets;
                var verdict = result?.Verdict.ToString() ?? "not run";
                var channelId = channel.ToId();
                LogLookedUp(code, channelId, scenario.Name, run.RunId, tickets, verdict, result?.Reason ?? "");
            }
        }

        return looked;
    }

    /// <summary>The city's progress scenarios on the channels that have open tickets (and that the script has).</summary>
    private static IEnumerable<(Scenario Scenario, ChannelKind Channel)> Lookups(CheckScript script, IReadOnlyList<ChannelKind> channels) =>
        from scenario in script.Scenarios
        where scenario.Kind == ScenarioKind.Progress
        from channel in channels
        where script.Channels.Any(c => c.Kind == channel) && scenario.RunsOn(channel)
        select (scenario, channel);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Progress lookups: no campaign is open, so no ticket is open")]
    private partial void LogNoCampaign();

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Progress lookups: campaign {Campaign} has no open ticket")]
    private partial void LogNoOpenTicket(string campaign);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning,
        Message = "Progress lookups: city {CityCode} has open tickets but no valid city script in {Folder}; its tickets were not looked up")]
    private partial void LogNoScript(string cityCode, string folder);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information,
        Message = "Progress lookups: city {CityCode} {Channel}/{Scenario} (run {RunId}): {Tickets} tickets looked up, {Verdict}: {Reason}")]
    private partial void LogLookedUp(string cityCode, string channel, string scenario, long runId, int tickets, string verdict, string reason);
}
