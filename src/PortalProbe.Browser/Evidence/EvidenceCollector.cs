using System.Text;
using Microsoft.Playwright;
using PortalProbe.Browser.Privacy;
using PortalProbe.Browser.Steps;
using PortalProbe.Results;

namespace PortalProbe.Browser.Evidence;

/// <summary>
/// Captures the evidence of one attempt. Screenshots mask sensitive fields, secret values and personal data;
/// saved HTML has secrets removed and personal data masked.
/// </summary>
internal sealed class EvidenceCollector(IEvidenceStore store, SensitiveValues sensitive)
{
    private readonly List<EvidenceRef> _items = [];

    public IReadOnlyList<EvidenceRef> Items => _items;

    public async Task ScreenshotAsync(StepContext context, string label, bool fullPage, CancellationToken cancellationToken)
    {
        var page = context.Page;
        var masks = new List<ILocator>(context.SensitiveFields)
        {
            page.GetByText(PersonalDataMasker.MobileNumber()),
            page.GetByText(PersonalDataMasker.IdentityNumber()),
        };
        masks.AddRange(sensitive.Values.Select(v => page.GetByText(v)));
        var png = await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Type = ScreenshotType.Png,
            FullPage = fullPage,
            Mask = masks,
            MaskColor = "#3a3a3a",
            Animations = ScreenshotAnimations.Disabled,
            Timeout = (float)context.Timeouts.Step.TotalMilliseconds,
        });
        await SaveAsync(EvidenceKind.Screenshot, png, page.Url, label, cancellationToken);
    }

    /// <summary>Saves the page's HTML; a page still navigating (a hung portal) may never answer, so it is given <paramref name="limit"/>.</summary>
    public async Task HtmlAsync(IPage page, string label, TimeSpan limit, CancellationToken cancellationToken)
    {
        var content = await page.ContentAsync().WaitAsync(limit, cancellationToken);
        var html = PersonalDataMasker.Mask(sensitive.Redact(content));
        await SaveAsync(EvidenceKind.Html, Encoding.UTF8.GetBytes(html), page.Url, label, cancellationToken);
    }

    /// <summary>Saves a check's structured record; secrets are removed and personal data masked as in saved HTML.</summary>
    public async Task JsonAsync(string json, string? url, string label, CancellationToken cancellationToken)
    {
        var clean = PersonalDataMasker.Mask(sensitive.Redact(json));
        await SaveAsync(EvidenceKind.Json, Encoding.UTF8.GetBytes(clean), url, label, cancellationToken);
    }

    public async Task TraceAsync(byte[] scrubbedZip, string? url, CancellationToken cancellationToken) =>
        await SaveAsync(EvidenceKind.Trace, scrubbedZip, url, "trace", cancellationToken);

    private async Task SaveAsync(EvidenceKind kind, byte[] content, string? url, string label, CancellationToken cancellationToken)
    {
        var cleanUrl = url is null ? null : PersonalDataMasker.Mask(sensitive.Redact(url));
        _items.Add(await store.SaveAsync(kind, content, cleanUrl, label, cancellationToken));
    }
}
