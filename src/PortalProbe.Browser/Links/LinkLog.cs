using Microsoft.Extensions.Logging;

namespace PortalProbe.Browser.Links;

internal static partial class LinkLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Debug, Message = "Request to {Host} failed in transport; retry {Retry} in {Delay}")]
    public static partial void Retrying(ILogger logger, string host, int retry, TimeSpan delay, Exception error);

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Circuit breaker for {Host} opened for {Duration}: its links are reported as not checked")]
    public static partial void BreakerOpened(ILogger logger, string host, TimeSpan duration);

    [LoggerMessage(EventId = 302, Level = LogLevel.Information, Message = "Crawled {Pages} pages from {Entry}: {Links} distinct links")]
    public static partial void Crawled(ILogger logger, Uri entry, int pages, int links);

    [LoggerMessage(EventId = 303, Level = LogLevel.Debug, Message = "Link {Url} failed ({Classification}); checking it again in {Delay}")]
    public static partial void Rechecking(ILogger logger, Uri url, LinkClassification classification, TimeSpan delay);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "Link {Url} on {Page}: {Outcome} ({Classification}, status {Status})")]
    public static partial void LinkFailed(ILogger logger, Uri url, Uri page, LinkOutcome outcome, LinkClassification classification, int? status);

    [LoggerMessage(EventId = 305, Level = LogLevel.Information, Message = "Could not collect links from {Url}: {Error}")]
    public static partial void PageFailed(ILogger logger, Uri url, string error);
}
