using PortalProbe.Browser.Configuration;
using PortalProbe.Campaigns;
using PortalProbe.Browser.Engine;
using PortalProbe.Storage;
using PortalProbe.Storage.Schema;

namespace PortalProbe.Cli.Commands;

/// <summary>Turns bad input found at the edges into a clear message and exit code 2.</summary>
internal static class Failures
{
    public static async Task<int> UsageAsync(CliEnvironment environment, IEnumerable<string> errors)
    {
        foreach (var error in errors)
        {
            await environment.Error.WriteLineAsync($"portalprobe: {error}");
        }

        return ExitCodes.Usage;
    }

    /// <summary>Runs a command body; configuration, data-directory and request problems become exit code 2.</summary>
    public static async Task<int> GuardAsync(CliEnvironment environment, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (e is BrowserConfigException or DataDirectoryException or SchemaVersionException or RunRequestException or InvalidDataException or CampaignException)
        {
            return await UsageAsync(environment, [e.Message]);
        }
    }
}
