using Spectre.Console;

namespace PortalProbe.Cli.Output;

internal static class Consoles
{
    /// <summary>A Spectre console on the given writer: colours only when interactive, a fixed width otherwise so output is stable.</summary>
    public static IAnsiConsole For(CliEnvironment environment)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(environment.Out),
            Ansi = environment.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = environment.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = environment.Interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!environment.Interactive)
        {
            console.Profile.Width = 140;
        }

        return console;
    }
}
