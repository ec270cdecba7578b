using System.Text.Json;
using Microsoft.Playwright;

namespace PortalProbe.Browser.Navigation;

/// <summary>Reads the controls of the page as Chromium renders it, in every frame, hidden menu entries included.</summary>
internal static class PageControls
{
    private const string Script = """
        () => {
          const clean = s => (s || '').replace(/\s+/g, ' ').trim();
          const out = [];
          const selector = 'a[href], area[href], [role=link], [role=button], [role=menuitem], [role=tab], button, [data-go], [data-href], [data-url], [onclick]';
          for (const el of document.querySelectorAll(selector)) {
            const text = clean([el.innerText || el.textContent, el.getAttribute('title'), el.getAttribute('aria-label'), el.getAttribute('alt')].join(' '));
            let target = null;
            if (typeof el.href === 'string' && el.href) { target = el.href; }
            else {
              const raw = el.getAttribute('data-go') || el.getAttribute('data-href') || el.getAttribute('data-url');
              if (raw) { try { target = new URL(raw, location.href).href; } catch (e) { target = null; } }
            }
            out.push({ text: text, target: target, search: false });
          }
          const words = /搜索|检索|关键[词字]|search|keyword/i;
          for (const el of document.querySelectorAll('input')) {
            const type = (el.getAttribute('type') || 'text').toLowerCase();
            if (type !== 'search' && type !== 'text') { continue; }
            const said = [el.getAttribute('placeholder'), el.getAttribute('name'), el.id, el.getAttribute('aria-label'), el.getAttribute('title'),
              el.form ? el.form.getAttribute('action') : '', el.closest('[role=search]') ? 'search' : ''].join(' ');
            if (type === 'search' || words.test(said)) { out.push({ text: clean(el.getAttribute('placeholder') || el.getAttribute('aria-label') || el.getAttribute('name') || 'search'), target: null, search: true }); }
          }
          return out;
        }
        """;

    public static async Task<IReadOnlyList<PageControl>> ReadAsync(IPage page)
    {
        var controls = new List<PageControl>();
        foreach (var frame in page.Frames)
        {
            JsonElement raw;
            try
            {
                raw = await frame.EvaluateAsync<JsonElement>(Script);
            }
            catch (PlaywrightException)
            {
                // A frame that navigated away or was detached while being read has nothing to offer.
                continue;
            }

            controls.AddRange(raw.EnumerateArray().Select(r => new PageControl(
                r.GetProperty("text").GetString() ?? "",
                Address(r.GetProperty("target").ValueKind == JsonValueKind.String ? r.GetProperty("target").GetString() : null),
                r.GetProperty("search").GetBoolean())));
        }

        return controls;
    }

    private static Uri? Address(string? target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
