namespace PortalProbe.Simulator.Personalities;

/// <summary>The vendor platform a portal is built on; each renders really different markup.</summary>
public enum PortalStyle
{
    /// <summary>A server-rendered PC portal (the first simulated portal): /register, /appeal, /progress, /faq ...</summary>
    Pc,

    /// <summary>An old PC portal: table layout, the appeal form in an iframe, <c>alert()</c> messages, GBK encoding.</summary>
    PcLegacy,

    /// <summary>WeChat official-account H5: one page rendered by inline JavaScript, hash routing, div buttons, toasts.</summary>
    WechatH5,

    /// <summary>App H5: a mobile single-page app with history routing under /app/.</summary>
    AppH5,
}
