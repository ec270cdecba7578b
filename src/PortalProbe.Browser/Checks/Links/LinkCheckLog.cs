using Microsoft.Extensions.Logging;

namespace PortalProbe.Browser.Checks.Links;

internal static partial class LinkCheckLog
{
    [LoggerMessage(EventId = 320, Level = LogLevel.Information, Message = "Could not screenshot {Page}, where broken links were found")]
    public static partial void ScreenshotFailed(ILogger logger, Uri page, Exception error);
}
