using Microsoft.Playwright;
using PortalProbe.Browser.Navigation;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Disclosure;

/// <summary>
/// Follows a portal's own navigation, as a citizen would, to the column publishing a topic: from the start page it
/// reads every link, ARIA link and tile, opens the first whose text names the topic, and otherwise goes on through
/// the pages of the portal's host, sections like 信息公开 first, to <see cref="MaxDepth"/> levels and
/// <see cref="MaxPages"/> pages. Links to other hosts are not followed: the portal must publish it itself.
/// </summary>
internal sealed class DisclosureFinder(IPage page, TimeSpan navigationTimeout)
{
    public const int MaxDepth = 3;

    public const int MaxPages = 30;

    public async Task<DisclosureSearch> FindAsync(Uri start, DisclosureTopic topic, CancellationToken cancellationToken)
    {
        var visited = new List<PageVisit>();
        var broken = new List<PageVisit>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { Key(start) };
        var queue = new PriorityQueue<(Uri Url, int Depth), (int Rank, int Order)>();
        var order = 0;
        queue.Enqueue((start, 0), (0, order++));
        while (queue.TryDequeue(out var next, out _) && visited.Count < MaxPages)
        {
            var visit = await PageOpener.OpenAsync(page, next.Url, navigationTimeout, cancellationToken);
            visited.Add(visit);
            if (!visit.Opened)
            {
                continue;
            }

            var here = Uri.TryCreate(page.Url, UriKind.Absolute, out var landed) ? landed : next.Url;
            var controls = await PageControls.ReadAsync(page);
            foreach (var column in controls.Where(c => c.Target is not null && SameHost(start, c.Target) && TopicLabels.Names(topic, c.Text)))
            {
                if (Key(column.Target!) == Key(here))
                {
                    // The column is the page just opened (its own menu entry, or an item linking to itself).
                    return new DisclosureSearch(visit, column.Text, visited, broken);
                }

                if (visited.Any(v => Key(v.Url) == Key(column.Target!)) || visited.Count >= MaxPages)
                {
                    continue;
                }

                var opened = await PageOpener.OpenAsync(page, column.Target!, navigationTimeout, cancellationToken);
                visited.Add(opened);
                if (opened.Opened)
                {
                    return new DisclosureSearch(opened, column.Text, visited, broken);
                }

                broken.Add(opened);
            }

            if (next.Depth >= MaxDepth)
            {
                continue;
            }

            foreach (var control in controls.Where(c => c.Target is not null && SameHost(start, c.Target)))
            {
                if (seen.Add(Key(control.Target!)))
                {
                    var rank = TopicLabels.NamesSection(control.Text) ? 1 : 2;
                    queue.Enqueue((control.Target!, next.Depth + 1), (rank + (next.Depth * 2), order++));
                }
            }
        }

        return new DisclosureSearch(null, null, visited, broken);
    }

    /// <summary>The portal's own pages: the same host and port as the start.</summary>
    private static bool SameHost(Uri start, Uri? url) =>
        url is not null && string.Equals(start.Authority, url.Authority, StringComparison.OrdinalIgnoreCase);

    /// <summary>A page's identity: the fragment counts only as a single-page app's route (#/..., #!...).</summary>
    private static string Key(Uri url)
    {
        var fragment = url.Fragment;
        var route = fragment.StartsWith("#/", StringComparison.Ordinal) || fragment.StartsWith("#!", StringComparison.Ordinal);
        var key = url.GetLeftPart(UriPartial.Query);
        return route ? key + (fragment is "#/" ? "" : fragment) : key;
    }
}
