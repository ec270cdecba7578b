using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PortalProbe.Browser.Evidence;
using PortalProbe.Browser.Privacy;
using PortalProbe.Browser.Steps;
using PortalProbe.Results;

namespace PortalProbe.Browser.Engine;

/// <summary>
/// The evidence kept when an attempt does not pass: a screenshot and the HTML of where it stopped, and for a
/// fail or an error the attempt's trace, scrubbed of sensitive values. Failing to capture is logged, never fatal.
/// </summary>
internal sealed class FailureEvidence(SensitiveValues sensitive, ILogger logger)
{
    /// <summary>Keeps the screenshot and the HTML; the caller has stopped the page loading (<see cref="PageLoading"/>).</summary>
    public async Task CaptureAsync(StepContext context, Verdict verdict, CancellationToken cancellationToken)
    {
        var label = verdict == Verdict.Manual ? "needs-human" : "failure";
        try
        {
            await context.Evidence.ScreenshotAsync(context, label, fullPage: false, cancellationToken);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            EngineLog.EvidenceFailed(logger, "screenshot", BrowserSession.FirstLine(e.Message));
        }

        try
        {
            await context.Evidence.HtmlAsync(context.Page, label, context.Timeouts.Step, cancellationToken);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            EngineLog.EvidenceFailed(logger, "html", BrowserSession.FirstLine(e.Message));
        }
    }

    /// <summary>Ends the attempt's trace, keeping it only for a fail or an error.</summary>
    public async Task FinishTraceAsync(
        IBrowserContext browserContext, EvidenceCollector evidence, Verdict? verdict, string url, CancellationToken cancellationToken)
    {
        if (verdict is not (Verdict.Fail or Verdict.Error))
        {
            await browserContext.Tracing.StopAsync();
            return;
        }

        var folder = Directory.CreateTempSubdirectory("portalprobe-trace-");
        var path = Path.Combine(folder.FullName, "trace.zip");
        try
        {
            await browserContext.Tracing.StopAsync(new TracingStopOptions { Path = path });
            var scrubbed = TraceScrubber.Scrub(await File.ReadAllBytesAsync(path, cancellationToken), sensitive);
            await evidence.TraceAsync(scrubbed, url, cancellationToken);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or IOException or InvalidDataException)
        {
            EngineLog.EvidenceFailed(logger, "trace", BrowserSession.FirstLine(e.Message));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
