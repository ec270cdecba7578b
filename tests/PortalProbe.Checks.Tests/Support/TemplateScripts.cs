namespace PortalProbe.Checks.Tests.Support;

/// <summary>City scripts that use templates; the use step's keyword is at line 9, column 9.</summary>
internal static class TemplateScripts
{
    public const string CityFile = "cities/330100-t.yaml";

    public const string Register = """
        template:
          description: Registers a test account
          params:
            phone: { required: true, description: the phone number }
            password: { default: "Probe#2026", sensitive: true }
        steps:
          - goto: ${entry}register
          - fill: { label: 手机号, value: "${phone}" }
          - fill: { label: 密码, value: "${password}" }
        """;

    /// <summary>A city script whose one scenario has the given steps (a list at column 1), starting at line 9.</summary>
    public static string City(string steps) => $"""
        city: {"{"} code: "330100", name: 杭州市, province: 浙江省, tier: 新一线, level: 副省级 {"}"}
        channels:
          - kind: web
            entry: http://127.0.0.1/
        scenarios:
          - name: a
            kind: registration
            steps:
        {CityScripts.Indent(steps, 6)}
        """;
}
