namespace PortalProbe.Cli.Report;

/// <summary>The report cannot be written as asked: an unknown sweep, nothing stored, an output path that cannot be written.</summary>
internal sealed class ReportException(string message, int exitCode, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The process exit code the message goes with.</summary>
    public int ExitCode { get; } = exitCode;
}
