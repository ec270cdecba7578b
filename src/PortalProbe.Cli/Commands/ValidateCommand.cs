using System.CommandLine;
using PortalProbe.Checks;

namespace PortalProbe.Cli.Commands;

/// <summary><c>portalprobe validate [PATH...]</c>: checks every file under the paths; exit 0 when valid, 2 when not.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders to check (default: the checks folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("validate", "Check city scripts, templates and data files; report every problem as file:line:column");
        command.Arguments.Add(paths);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = parse.GetValue(paths) is { Length: > 0 } p ? p : [ProjectPaths.ChecksFolder(environment, null)];
            var diagnostics = CheckValidator.ValidatePaths(given, environment.Variables, DataFiles.Validators);
            foreach (var diagnostic in diagnostics)
            {
                await environment.Out.WriteLineAsync(diagnostic.ToString().AsMemory(), cancellationToken);
            }

            var errors = diagnostics.Count(d => d.IsError);
            var warnings = diagnostics.Count - errors;
            await environment.Out.WriteLineAsync(
                $"{(errors == 0 ? "valid" : "invalid")}: {errors} error(s), {warnings} warning(s) in {string.Join(", ", given)}".AsMemory(),
                cancellationToken);
            return errors == 0 ? ExitCodes.Ok : ExitCodes.Usage;
        });
        return command;
    }
}
