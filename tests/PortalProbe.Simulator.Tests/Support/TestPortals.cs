using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Tests.Support;

/// <summary>Personalities and hosts for tests; every address is in 127.77.0.0/16, loopback only.</summary>
internal static class TestPortals
{
    public const string HangzhouCode = "330100";
    public const string NingboCode = "330200";

    public static PortalPersonality Hangzhou(PortalFaults broken = PortalFaults.None) =>
        new(HangzhouCode, "杭州市", "127.77.0.1", "HZ") { Broken = broken };

    public static PortalPersonality Ningbo(PortalFaults broken = PortalFaults.None) =>
        new(NingboCode, "宁波市", "127.77.0.2", "NB") { Broken = broken };

    /// <summary>The token a test passes everywhere; NUnit cancels it when [CancelAfter] runs out.</summary>
    public static CancellationToken Ct => TestContext.CurrentContext.CancellationToken;

    public static Task<SimulatorHost> StartAsync(params PortalPersonality[] portals) =>
        StartAsync(TimeProvider.System, portals);

    public static Task<SimulatorHost> StartAsync(TimeProvider time, params PortalPersonality[] portals) =>
        SimulatorHost.StartAsync(new SimulatorOptions { Portals = portals, Time = time }, Ct);

    /// <summary>A client whose base address is the city's portal.</summary>
    public static HttpClient ClientFor(this SimulatorHost host, string cityCode, TimeSpan? timeout = null) =>
        new() { BaseAddress = host.BaseUri(cityCode), Timeout = timeout ?? TimeSpan.FromSeconds(20) };
}
