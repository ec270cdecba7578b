namespace PortalProbe.Browser.Checks.Chatbot;

/// <summary>
/// The functions <see cref="ChatWindow"/> runs in the page over the elements a locator hands over (the answers
/// target may be any Playwright selector, so the page cannot query it by itself). An answer's text is the visible
/// text of its elements, trimmed, empty ones left out, joined by line breaks.
/// </summary>
internal static class ChatScripts
{
    /// <summary>Marks an answer as already on the page before the question was sent.</summary>
    public const string SeenAttribute = "data-portalprobe-seen";

    /// <summary>A CSS selector for elements not marked as seen; <c>And</c>-ed with the answers target.</summary>
    public const string NotSeen = $":not([{SeenAttribute}])";

    /// <summary>Marks every element handed over as seen; returns how many.</summary>
    public const string MarkSeen = $"els => {{ els.forEach(e => e.setAttribute('{SeenAttribute}', '')); return els.length; }}";

    /// <summary>
    /// Waits inside the page until the text of the (fresh) answer elements handed over has not changed for
    /// <c>quiet</c> ms, by the page's own clock, and returns it; returns at once when it is or becomes empty (the
    /// answer went away: the caller looks again), and at the latest after <c>wait</c> ms with the text as it is then.
    /// Any change of the elements' documents (nodes, text, attributes that may hide or show text) re-reads the text.
    /// </summary>
    public const string Settle = $$"""
        (els, o) => new Promise(resolve => {
          const read = {{Read}};
          let last = read(els);
          if (last.length === 0) { resolve(last); return; }
          let quiet = 0;
          let end = 0;
          const observer = new MutationObserver(() => {
            const text = read(els);
            if (text === last) { return; }
            last = text;
            clearTimeout(quiet);
            if (text.length === 0) { finish(); return; }
            quiet = setTimeout(finish, o.quiet);
          });
          function finish() { observer.disconnect(); clearTimeout(quiet); clearTimeout(end); resolve(read(els)); }
          new Set(els.map(e => e.ownerDocument)).forEach(d => observer.observe(d, { subtree: true, childList: true, characterData: true, attributes: true }));
          quiet = setTimeout(finish, o.quiet);
          end = setTimeout(finish, o.wait);
        })
        """;

    /// <summary>Over every answer element on the page: the text of those not marked as seen.</summary>
    public const string ReadFresh = $"els => ({Read})(els.filter(e => !e.hasAttribute('{SeenAttribute}')))";

    private const string Read = "els => els.map(e => (e.innerText || e.textContent || '').trim()).filter(t => t.length > 0).join('\\n')";
}
