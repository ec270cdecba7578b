namespace PortalProbe.Checks.Variables;

/// <summary>The variables every scenario has without declaring them.</summary>
internal static class BuiltIns
{
    /// <summary>The channel's entry URL; only inside scenarios.</summary>
    public const string Entry = "entry";

    /// <summary>The channel's id (wechat, app, web); only inside scenarios.</summary>
    public const string Channel = "channel";

    /// <summary>The ticket being looked up; only inside a progress check's 'lookup' steps.</summary>
    public const string Ticket = "ticket";

    public const string CityCode = "city.code";

    public const string CityName = "city.name";

    /// <summary>Usable anywhere: in vars, channel entries and scenarios.</summary>
    public static readonly IReadOnlyList<string> City = [CityCode, CityName];

    public static readonly IReadOnlyList<string> All = [Entry, Channel, CityCode, CityName];
}
