namespace PortalProbe.Simulator.Styles.Spa;

/// <summary>The two single-page styles: how each routes, where its API lives and which markup kit it uses.</summary>
internal sealed record SpaFlavour(string Name, string ApiPrefix, string ShellBase, string Kit, bool ProgressNeedsPhone)
{
    /// <summary>WeChat H5: hash routing on /, API under /wx/api.</summary>
    public static SpaFlavour Wechat { get; } = new("wechat", "/wx/api", "/", "wechat-kit.js", ProgressNeedsPhone: false);

    /// <summary>App H5: history routing under /app/, API under /app/api; the progress lookup asks for the phone too.</summary>
    public static SpaFlavour App { get; } = new("app", "/app/api", "/app/", "app-kit.js", ProgressNeedsPhone: true);
}
