using PortalProbe.Cli;

namespace PortalProbe.Testing;

/// <summary>The output of one in-process CLI run.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}

/// <summary>
/// Runs <c>portalprobe</c> in-process with its own writers and environment, as a user's shell would, and
/// returns the exit code and output.
/// </summary>
public sealed class CliTester(string workingDirectory)
{
    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal)
    {
        ["PORTALPROBE_HOME"] = RepoPaths.Root,
    };

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>What a person types at the CLI's prompts, one answer a line; null: nobody is there.</summary>
    public string? Input { get; init; }

    /// <summary>Sets (or with null, hides) an environment variable for the runs of this tester.</summary>
    public CliTester With(string name, string? value)
    {
        _environment[name] = value;
        return this;
    }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = Input is null ? null : new StringReader(Input);
        var environment = new CliEnvironment(output, error, workingDirectory, Lookup, Time, Interactive: false) { Input = input };
        var code = await CliApp.RunAsync(args, environment, CancellationToken.None);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    private string? Lookup(string name) =>
        _environment.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name);
}
