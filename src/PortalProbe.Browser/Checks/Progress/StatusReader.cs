using Microsoft.Playwright;
using PortalProbe.Browser.Steps;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks.Progress;

/// <summary>
/// Reads a lookup's status and reply from the page: waits up to the step timeout for the status target to show
/// text, or for the page to say the ticket does not exist (未查询到 ...), whichever comes first.
/// </summary>
internal static class StatusReader
{
    /// <summary>What portals say when a ticket number is unknown.</summary>
    private static readonly string[] NotFoundMarkers = ["未查询到", "查无", "不存在", "未找到", "无此"];

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    /// <summary>The status text, or null when the page says the ticket was not found or never shows a status.</summary>
    public static async Task<string?> StatusAsync(StepContext context, Target status, CancellationToken cancellationToken)
    {
        var started = context.Time.GetTimestamp();
        while (true)
        {
            if (await TextOfAsync(context.Locate(status)) is { } text)
            {
                return text;
            }

            var body = await TextOfAsync(context.Page.Locator("body")) ?? "";
            if (NotFoundMarkers.Any(m => body.Contains(m, StringComparison.Ordinal)) || context.Time.GetElapsedTime(started) > context.Timeouts.Step)
            {
                return null;
            }

            await Task.Delay(Poll, context.Time, cancellationToken);
        }
    }

    /// <summary>The reply text if the page shows one now (no waiting: the status is already there).</summary>
    public static Task<string?> ReplyAsync(StepContext context, Target? reply) =>
        reply is null ? Task.FromResult<string?>(null) : TextOfAsync(context.Locate(reply));

    private static async Task<string?> TextOfAsync(ILocator locator)
    {
        try
        {
            if (await locator.CountAsync() == 0)
            {
                return null;
            }

            var text = (await locator.First.InnerTextAsync(new LocatorInnerTextOptions { Timeout = 1000 })).Trim();
            return text.Length == 0 ? null : text;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return null;
        }
    }
}
