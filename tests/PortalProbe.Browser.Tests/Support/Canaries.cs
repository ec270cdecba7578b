using System.Globalization;
using System.Security.Cryptography;

namespace PortalProbe.Browser.Tests.Support;

/// <summary>Test account values unique to one test, so no run can pass on what another left behind.</summary>
internal static class Canaries
{
    /// <summary>An 11-digit mainland mobile number starting 139.</summary>
    public static string Phone() => "139" + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    public static string Password() => $"CanaryPw-{Guid.NewGuid():N}";

    public static Func<string, string?> Environment(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;
}
