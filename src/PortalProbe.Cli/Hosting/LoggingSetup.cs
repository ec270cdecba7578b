using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Json;

namespace PortalProbe.Cli.Hosting;

/// <summary>Serilog, configured once: JSON lines in the data directory's logs, warnings (or all with --verbose) on the process's stderr.</summary>
internal static class LoggingSetup
{
    /// <param name="progressSource">
    /// A logger category (prefix) whose information events also go to the console without <c>--verbose</c>: a
    /// non-interactive sweep's structured progress.
    /// </param>
    public static ILoggerFactory Create(string logsRoot, bool verbose, string? progressSource = null)
    {
        Directory.CreateDirectory(logsRoot);
        var serilog = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.File(
                new JsonFormatter(renderMessage: true),
                Path.Combine(logsRoot, "portalprobe-.jsonl"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 30,
                shared: true)
            .WriteTo.Console(
                standardErrorFromLevel: LogEventLevel.Verbose,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                restrictedToMinimumLevel: verbose ? LogEventLevel.Information : LogEventLevel.Warning,
                outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}")
            .WriteTo.Logger(progress => progress
                .Filter.ByIncludingOnly(e => !verbose && progressSource is not null && e.Level == LogEventLevel.Information
                    && Serilog.Filters.Matching.FromSource(progressSource)(e))
                .WriteTo.Console(
                    standardErrorFromLevel: LogEventLevel.Verbose,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                    outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}"))
            .CreateLogger();
        return new SerilogLoggerFactory(serilog, dispose: true);
    }
}
