using PortalProbe.Simulator.Hosting;
using PortalProbe.Testing;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Cli.Tests.Support;

/// <summary>The simulated portals the repository's city scripts point at (see fixtures/demo/portals.json).</summary>
internal static class DemoPortalsForTests
{
    public const string HangzhouCode = "330100";

    /// <summary>The test account the tests give the CLI as secrets; it reaches only simulated portals.</summary>
    public static readonly (string Name, string Value)[] TestAccount =
    [
        ("PORTALPROBE_TEST_PHONE", "13800138000"),
        ("PORTALPROBE_TEST_PASSWORD", "Probe#2026test"),
    ];

    public static Task<SimulatorHost> StartHangzhouAsync(PortalFaults broken = PortalFaults.None) =>
        SimulatorHost.StartAsync(
            new SimulatorOptions { Portals = [new PortalPersonality(HangzhouCode, "杭州市", "127.10.0.1", "HZ") { Broken = broken }] },
            CancellationToken.None);

    public static CliTester WithTestAccount(this CliTester tester)
    {
        foreach (var (name, value) in TestAccount)
        {
            tester.With(name, value);
        }

        return tester;
    }
}
