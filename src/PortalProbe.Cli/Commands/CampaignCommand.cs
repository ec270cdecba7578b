using System.CommandLine;
using System.Globalization;
using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Output;
using Spectre.Console;

namespace PortalProbe.Cli.Commands;

/// <summary>
/// <c>portalprobe campaign start|list|show|close|resolve</c>: evaluation campaigns, the only time live actions
/// (registering, SMS requests, filing appeals) are performed, and the ledger that keeps each to once.
/// </summary>
internal static class CampaignCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var command = new Command("campaign", "Evaluation campaigns: start, list, show, close, resolve an unknown live outcome");
        command.Subcommands.Add(Start(globals, environment));
        command.Subcommands.Add(List(globals, environment));
        command.Subcommands.Add(Show(globals, environment));
        command.Subcommands.Add(Close(globals, environment));
        command.Subcommands.Add(CampaignResolveCommand.Create(globals, environment));
        return command;
    }

    private static Command Start(GlobalOptions globals, CliEnvironment environment)
    {
        var name = new Argument<string>("NAME") { Description = "A short id such as 2026-spring" };
        var command = new Command("start", "Open a campaign; 'run --live' then performs live actions inside it") { name };
        command.SetAction((parse, cancellationToken) => WithHostAsync(parse, globals, environment, async host =>
        {
            var campaign = await host.Campaigns.StartAsync(parse.GetValue(name)!, environment.Time.GetUtcNow(), cancellationToken);
            await environment.Out.WriteLineAsync($"campaign '{campaign.Name}' (id {campaign.Id}) opened at {BeijingTime.Format(campaign.StartedAt)}");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command List(GlobalOptions globals, CliEnvironment environment)
    {
        var command = new Command("list", "List campaigns");
        command.SetAction((parse, cancellationToken) => WithHostAsync(parse, globals, environment, async host =>
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Id").AddColumn("Name").AddColumn("Started").AddColumn("Closed");
            foreach (var c in await host.Campaigns.ListAsync(cancellationToken))
            {
                table.AddRow(c.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(c.Name), BeijingTime.Format(c.StartedAt), c.ClosedAt is { } at ? BeijingTime.Format(at) : "open");
            }

            Consoles.For(environment).Write(table);
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Show(GlobalOptions globals, CliEnvironment environment)
    {
        var name = new Argument<string>("NAME");
        var command = new Command("show", "Show a campaign's live actions and the tickets they obtained") { name };
        command.SetAction((parse, cancellationToken) => WithHostAsync(parse, globals, environment, async host =>
        {
            var campaign = await FindAsync(host, parse.GetValue(name)!, cancellationToken);
            var console = Consoles.For(environment);
            console.WriteLine($"campaign '{campaign.Name}' (id {campaign.Id}), opened {BeijingTime.Format(campaign.StartedAt)}, {(campaign.IsOpen ? "open" : "closed " + BeijingTime.Format(campaign.ClosedAt!.Value))}");
            var actions = new Table().Border(TableBorder.Rounded).AddColumn("City").AddColumn("Channel").AddColumn("Action").AddColumn("State").AddColumn("Run").AddColumn("Outcome");
            foreach (var a in await host.Campaigns.ActionsAsync(campaign.Id, cancellationToken))
            {
                actions.AddRow(a.Key.CityCode, a.Key.Channel.ToId(), Markup.Escape(a.Key.Action), StateMarkup(a.State),
                    a.RunId.ToString(CultureInfo.InvariantCulture), Markup.Escape(a.Outcome ?? ""));
            }

            console.Write(actions);
            var tickets = new Table().Border(TableBorder.Rounded)
                .AddColumn("City").AddColumn("Channel").AddColumn("Ticket").AddColumn("Submitted").AddColumn("Status").AddColumn("First reply seen");
            foreach (var p in await host.Campaigns.ProgressAsync(campaign.Id, null, cancellationToken))
            {
                var t = p.Ticket;
                tickets.AddRow(
                    t.CityCode, t.Channel.ToId(), Markup.Escape(t.Ticket), BeijingTime.Format(t.SubmittedAt),
                    p.LastState?.ToId() ?? "not looked up", p.FirstReplyAt is { } replied ? BeijingTime.Format(replied) : "");
            }

            console.Write(tickets);
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Close(GlobalOptions globals, CliEnvironment environment)
    {
        var name = new Argument<string>("NAME");
        var command = new Command("close", "Close a campaign: later runs are dry runs again") { name };
        command.SetAction((parse, cancellationToken) => WithHostAsync(parse, globals, environment, async host =>
        {
            var campaign = await host.Campaigns.CloseAsync(parse.GetValue(name)!, environment.Time.GetUtcNow(), cancellationToken);
            await environment.Out.WriteLineAsync($"campaign '{campaign.Name}' closed at {BeijingTime.Format(campaign.ClosedAt!.Value)}");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    internal static async Task<Campaign> FindAsync(ProbeHost host, string name, CancellationToken cancellationToken) =>
        (await host.Campaigns.ListAsync(cancellationToken)).FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new CampaignException($"there is no campaign '{name}' (see 'portalprobe campaign list')");

    internal static Task<int> WithHostAsync(
        ParseResult parse, GlobalOptions globals, CliEnvironment environment, Func<ProbeHost, Task<int>> body, CancellationToken cancellationToken) =>
        Failures.GuardAsync(environment, async () =>
        {
            await using var host = await ProbeHost.OpenAsync(
                environment, parse.GetValue(globals.Data), parse.GetValue(globals.Config), parse.GetValue(globals.Verbose), cancellationToken);
            return await body(host);
        });

    private static string StateMarkup(LiveActionState state) => state switch
    {
        LiveActionState.Done => "[green]done[/]",
        LiveActionState.Failed => "[red]failed[/]",
        _ => "[yellow]started: outcome unknown[/]",
    };
}
