using System.CommandLine;

namespace PortalProbe.Cli;

/// <summary>Options every command understands.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Data { get; } = new("--data")
    {
        Description = "Data directory for the database, evidence and logs (default: $PORTALPROBE_DATA or ./data)",
        Recursive = true,
    };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = "Browser configuration file (default: playwright.config.json of the PortalProbe checkout)",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Log progress to the console, not only to the log file",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Data);
        root.Options.Add(Config);
        root.Options.Add(Verbose);
    }
}
