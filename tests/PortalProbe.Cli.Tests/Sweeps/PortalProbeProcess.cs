using System.Diagnostics;
using System.Text;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Sweeps;

/// <summary>Starts <c>portalprobe</c> as a process of its own (the build's portalprobe.dll), with the test account.</summary>
internal static class PortalProbeProcess
{
    public static (Process Process, StringBuilder Output) Start(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "portalprobe.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PORTALPROBE_HOME"] = RepoPaths.Root;
        foreach (var (name, value) in DemoPortalsForTests.TestAccount)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }
}
