namespace PortalProbe.Cities;

/// <summary>The internet channels of a 12345 hotline.</summary>
public enum ChannelKind
{
    /// <summary>WeChat official-account H5 pages (公众号), run with a mobile viewport and a WeChat-like user agent.</summary>
    Wechat,

    /// <summary>App or mini-program H5 pages, run with a mobile viewport.</summary>
    App,

    /// <summary>The web portal, run with a desktop viewport.</summary>
    Web,
}

public static class ChannelKinds
{
    public static string ToId(this ChannelKind kind) => kind switch
    {
        ChannelKind.Wechat => "wechat",
        ChannelKind.App => "app",
        ChannelKind.Web => "web",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? text, out ChannelKind kind)
    {
        switch (text)
        {
            case "wechat": kind = ChannelKind.Wechat; return true;
            case "app": kind = ChannelKind.App; return true;
            case "web": kind = ChannelKind.Web; return true;
            default: kind = default; return false;
        }
    }

    /// <summary>Chinese display name used in reports.</summary>
    public static string DisplayName(this ChannelKind kind) => kind switch
    {
        ChannelKind.Wechat => "公众号",
        ChannelKind.App => "App",
        ChannelKind.Web => "网站",
        _ => kind.ToString(),
    };
}
