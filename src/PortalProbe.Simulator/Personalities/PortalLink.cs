namespace PortalProbe.Simulator.Personalities;

/// <summary>What happens when a link on a portal is followed.</summary>
public enum LinkBehaviour
{
    /// <summary>200 with a page.</summary>
    Ok,

    /// <summary>404 页面不存在.</summary>
    NotFound,

    /// <summary>500 系统错误.</summary>
    ServerError,

    /// <summary>The href points at a loopback address where nothing listens: the connection is refused.</summary>
    Refused,

    /// <summary>301 then 302 then a 200 page.</summary>
    RedirectChain,

    /// <summary>Two paths that redirect to each other for ever.</summary>
    RedirectLoop,

    /// <summary>An "you are leaving this site" page whose jump target (on the external site) answers 502.</summary>
    ExternalJumpFails,

    /// <summary>200, after <see cref="PortalLink.SlowDelayMs"/> milliseconds.</summary>
    Slow,

    /// <summary>Never answers.</summary>
    Hang,

    /// <summary>GET answers 200, HEAD answers 405.</summary>
    HeadMethodNotAllowed,

    /// <summary>GET answers 200, HEAD answers 404.</summary>
    HeadNotFound,

    /// <summary>Fails with 503 on some attempts, decided by <see cref="Faults.FaultSchedule"/>.</summary>
    Intermittent,
}

/// <summary>
/// A link the portal shows in its 相关链接 list. <paramref name="Path"/> is the path on the portal, or on the
/// external site named by <paramref name="Site"/> (an <see cref="ExternalSite.Id"/>) when that is set.
/// </summary>
public sealed record PortalLink(string Text, string Path, LinkBehaviour Behaviour, string? Site = null)
{
    /// <summary>The default delay of a <see cref="LinkBehaviour.Slow"/> link.</summary>
    public const int DefaultSlowDelayMs = 3000;

    /// <summary>How long a <see cref="LinkBehaviour.Slow"/> link takes to answer.</summary>
    public int SlowDelayMs { get; init; } = DefaultSlowDelayMs;

    /// <summary>True when the link leaves the portal for an external site.</summary>
    public bool IsExternal => Site is not null;
}

/// <summary>
/// A simulated site outside the portal that links point to (a provincial government-service site, a ministry
/// page), answering on its own loopback address from the same process.
/// </summary>
public sealed record ExternalSite(string Id, string Name, string Address);
