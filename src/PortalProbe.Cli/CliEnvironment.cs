namespace PortalProbe.Cli;

/// <summary>
/// Everything the CLI takes from its surroundings, so tests run it in-process with their own writers,
/// environment and clock.
/// </summary>
public sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    string WorkingDirectory,
    Func<string, string?> Variables,
    TimeProvider Time,
    bool Interactive)
{
    /// <summary>
    /// Where an evaluator types what a run asks for (an SMS code when the source is <c>prompt</c>); null when no
    /// person can answer (stdin is not a terminal).
    /// </summary>
    public TextReader? Input { get; init; }

    /// <summary>The PortalProbe checkout: <c>PORTALPROBE_HOME</c>, set by the launcher, or the nearest folder holding PortalProbe.sln.</summary>
    public string Home => Variables("PORTALPROBE_HOME") is { Length: > 0 } home ? home : FindHome(WorkingDirectory) ?? FindHome(AppContext.BaseDirectory) ?? WorkingDirectory;

    public static CliEnvironment FromProcess() => new(
        Console.Out,
        Console.Error,
        Directory.GetCurrentDirectory(),
        Environment.GetEnvironmentVariable,
        TimeProvider.System,
        !Console.IsOutputRedirected)
    {
        Input = Console.IsInputRedirected ? null : Console.In,
    };

    private static string? FindHome(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PortalProbe.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
