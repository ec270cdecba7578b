using System.CommandLine;
using PortalProbe.Campaigns;
using PortalProbe.Cities;

namespace PortalProbe.Cli.Commands;

/// <summary>
/// <c>portalprobe campaign resolve</c>: an evaluator records what happened to a live action whose outcome was
/// unknown (the process died after the click). The action is then never attempted again in the campaign.
/// </summary>
internal static class CampaignResolveCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var name = new Argument<string>("NAME") { Description = "The campaign" };
        var city = new Option<string>("--city") { Required = true, Description = "Six-digit city code" };
        var channel = new Option<string>("--channel") { Required = true, Description = "wechat, app or web" };
        var action = new Option<string>("--action") { Required = true, Description = "registration, submission, ... or custom:NAME" };
        var outcome = new Option<string>("--outcome") { Required = true, Description = "done or failed" };
        var reason = new Option<string>("--reason") { Required = true, Description = "What the evaluator found" };
        var command = new Command("resolve", "Record the outcome of a live action that never recorded one") { name, city, channel, action, outcome, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var errors = new List<string>();
            var code = parse.GetValue(city)!;
            if (!CityInfo.IsValidCode(code))
            {
                errors.Add($"--city '{code}' is not a six-digit administrative code");
            }

            if (!ChannelKinds.TryParse(parse.GetValue(channel), out var kind))
            {
                errors.Add($"--channel '{parse.GetValue(channel)}' is not one of wechat, app, web");
            }

            var state = parse.GetValue(outcome) switch
            {
                "done" => LiveActionState.Done,
                "failed" => LiveActionState.Failed,
                var other => (LiveActionState?)null,
            };
            if (state is null)
            {
                errors.Add($"--outcome '{parse.GetValue(outcome)}' is not done or failed");
            }

            if (errors.Count > 0)
            {
                return await Failures.UsageAsync(environment, errors);
            }

            return await CampaignCommand.WithHostAsync(parse, globals, environment, async host =>
            {
                var campaign = await CampaignCommand.FindAsync(host, parse.GetValue(name)!, cancellationToken);
                var key = new LiveActionKey(campaign.Id, code, kind, parse.GetValue(action)!);
                try
                {
                    await host.Campaigns.ResolveAsync(key, state!.Value, parse.GetValue(reason)!, environment.Time.GetUtcNow(), cancellationToken);
                }
                catch (InvalidOperationException e)
                {
                    // Only an action whose outcome is unknown can be resolved; anything else is the evaluator's mistake.
                    return await Failures.UsageAsync(environment, [$"cannot resolve {key}: {e.Message} (see 'portalprobe campaign show {campaign.Name}')"]);
                }

                await environment.Out.WriteLineAsync($"resolved {key} as {parse.GetValue(outcome)}");
                return ExitCodes.Ok;
            }, cancellationToken);
        });
        return command;
    }
}
