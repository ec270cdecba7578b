using PortalProbe.Browser.Tests.Support;

namespace PortalProbe.Browser.Tests.Checks;

/// <summary>Registration and submission scenarios on the pc style's templates, with the test account as secrets.</summary>
internal static class FormScripts
{
    public const string Phone = "13912345678";
    public const string Password = "Probe-Pass-2026";

    public const string Register = """
          - name: register
            kind: registration
            steps:
              - use: pc/register
                with: { phone: "${secret:PP_PHONE}", password: "${secret:PP_PASSWORD}" }
        """;

    public const string Submit = """
          - name: submit
            kind: submission
            steps:
              - use: pc/appeal
                with: { phone: "${secret:PP_PHONE}" }
        """;

    public static string City(string code, string address, params string[] scenarios) =>
        CityYaml.For(code, address, string.Join("\n", scenarios));

    public static string? Secrets(string name) => name switch
    {
        "PP_PHONE" => Phone,
        "PP_PASSWORD" => Password,
        _ => null,
    };
}
