namespace PortalProbe.Cities;

/// <summary>A city whose 12345 hotline is checked, identified by its six-digit administrative code.</summary>
public sealed record CityInfo(string Code, string Name, string Province, string Tier, string Level)
{
    /// <summary>The administrative levels a city script may name.</summary>
    public static readonly IReadOnlyList<string> Levels = ["直辖市", "副省级", "省会", "地级市"];

    /// <summary>The city tiers used to group scores.</summary>
    public static readonly IReadOnlyList<string> Tiers = ["一线", "新一线", "二线", "三线", "四线", "五线"];

    /// <summary>True when <paramref name="code"/> is six ASCII digits, the only shape used in paths and ids.</summary>
    public static bool IsValidCode(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit);
}
