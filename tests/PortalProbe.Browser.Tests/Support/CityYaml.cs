namespace PortalProbe.Browser.Tests.Support;

/// <summary>
/// Writes city scripts the way a person would, as YAML: the city header, a <c>port</c> given at run time,
/// the portal's base address and the channels, followed by the scenarios the test spells out.
/// </summary>
internal static class CityYaml
{
    public static string For(string code, string address, string scenarios, params string[] channels)
    {
        var channelList = string.Concat((channels.Length == 0 ? ["web"] : channels)
            .Select(kind => $"  - kind: {kind}\n    entry: ${{base}}\n"));
        return $"""
            city:
              code: "{code}"
              name: 测试市
              province: 浙江省
              tier: 新一线
              level: 地级市
            runtime: [port]
            vars:
              base: http://{address}:${"{port}"}/
            channels:
            {channelList}scenarios:
            {scenarios.TrimEnd()}

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>The 1-based <c>line:column</c> at which <paramref name="text"/> first appears in <paramref name="yaml"/>.</summary>
    public static string LineColumnOf(string yaml, string text)
    {
        var index = yaml.IndexOf(text, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"'{text}' is not in the script", nameof(text));
        }

        var line = yaml[..index].Count(c => c == '\n') + 1;
        var column = index - (yaml.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1) + 1;
        return $"{line}:{column}";
    }
}
