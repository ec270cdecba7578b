using System.Diagnostics;
using System.Globalization;
using PortalProbe.Browser.Links;

namespace PortalProbe.Cli.Bench;

/// <summary>What a linkchecker run gave: its wall time, every URL it reported, and its exit code.</summary>
internal sealed record LinkcheckerOutcome(TimeSpan Elapsed, IReadOnlyList<LinkcheckerRow> Rows, int ExitCode, string Command)
{
    /// <summary>URLs outside 127.0.0.0/8 that linkchecker actually requested (not only syntax-checked); must be none.</summary>
    public IReadOnlyList<string> OutsideLoopback => [.. Rows.Where(r => !r.OnlySyntax && !Loopback.IsLoopbackUrl(r.Url)).Select(r => r.Url)];
}

/// <summary>
/// Runs Debian's <c>linkchecker</c> over the simulated portals with PortalProbe's link limits: the same request
/// timeout, the same per-host rate (one request per polite delay), as many threads as PortalProbe has requests in
/// flight, links of the entry pages and of pages one click away, external links checked. Every URL that is not
/// http(s) on 127.0.0.0/8 is only syntax-checked (<c>--ignore-url</c>), so it never leaves loopback, and
/// <see cref="LinkcheckerOutcome.OutsideLoopback"/> verifies that from its own report.
/// </summary>
internal static class Linkchecker
{
    public const string DefaultPath = "/usr/bin/linkchecker";

    /// <summary>
    /// Anything but http(s) to a literal 127.x.y.z address: linkchecker checks its syntax only and requests nothing.
    /// The whole address is matched, so a host name that merely starts with "127." (which would need DNS) is ignored too.
    /// </summary>
    public const string NotLoopback = @"^(?!https?://127\.\d{1,3}\.\d{1,3}\.\d{1,3}(:\d+)?(/|$))";

    public static bool IsInstalled(string path = DefaultPath) => File.Exists(path);

    /// <summary>The command-line arguments (after the program) for these start URLs.</summary>
    public static IReadOnlyList<string> Arguments(IEnumerable<Uri> starts, LinkOptions links, string configFile, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(links);
        return
        [
            "--config", configFile,
            "--threads", links.MaxParallel.ToString(CultureInfo.InvariantCulture),
            "--timeout", Math.Max(1, (int)Math.Ceiling(links.RequestTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
            "--recursion-level", (links.MaxDepth + 1).ToString(CultureInfo.InvariantCulture),
            "--check-extern",
            "--ignore-url", NotLoopback,
            "--no-robots",
            "--no-status",
            "--user-agent", userAgent,
            "--output", "csv",
            "--verbose",
            .. starts.Select(s => s.AbsoluteUri),
        ];
    }

    /// <summary>
    /// The configuration file's text: the per-host rate has no command-line option. PortalProbe starts one request per
    /// host every polite delay (and at most <see cref="LinkOptions.MaxPerHost"/> at once), so linkchecker may make as
    /// many per second to one host.
    /// </summary>
    public static string ConfigText(LinkOptions links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var perSecond = links.PoliteDelay > TimeSpan.Zero ? 1 / links.PoliteDelay.TotalSeconds : 10;
        return string.Create(CultureInfo.InvariantCulture, $"[checking]\nmaxrequestspersecond={Math.Min(10, perSecond):0.###}\n");
    }

    public static async Task<LinkcheckerOutcome> RunAsync(
        IReadOnlyList<Uri> starts, LinkOptions links, string userAgent, string workFolder, TimeProvider time, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workFolder);
        var config = Path.Combine(workFolder, "linkcheckerrc");
        await File.WriteAllTextAsync(config, ConfigText(links), cancellationToken);
        var arguments = Arguments(starts, links, config, userAgent);
        var info = new ProcessStartInfo(DefaultPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workFolder,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Python writes its CSV in the locale's encoding; UTF-8 keeps the Chinese link names intact.
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        info.Environment["LC_ALL"] = "C.UTF-8";
        var started = time.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {DefaultPath}");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var elapsed = time.GetElapsedTime(started);
            await errors;
            var command = $"{DefaultPath} {string.Join(' ', arguments.Take(arguments.Count - starts.Count).Select(Quote))} URL x {starts.Count}";
            return new LinkcheckerOutcome(elapsed, LinkcheckerCsv.Parse(await output), process.ExitCode, command);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static string Quote(string argument) =>
        argument.Any(c => c is ' ' or '(' or ')' or '?' or '!' or '^' or '\\' or '|' or '*') ? $"'{argument}'" : argument;
}

/// <summary>Whether a URL is http(s) on 127.0.0.0/8.</summary>
internal static class Loopback
{
    public static bool IsLoopbackUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && System.Net.IPAddress.TryParse(uri.Host, out var address)
        && address.GetAddressBytes() is [127, _, _, _];
}
