using Microsoft.Extensions.Logging;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Hosting;

/// <summary>What <see cref="SimulatorHost.StartAsync"/> serves: the portals, the port and the clock.</summary>
public sealed record SimulatorOptions
{
    /// <summary>The simulated portals, each on its own loopback address.</summary>
    public required IReadOnlyList<PortalPersonality> Portals { get; init; }

    /// <summary>The one port every portal listens on; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The clock behind ticket dates; tests pass a fake one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where the simulator and Kestrel log; nothing is logged when null.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>The least severe level passed on to <see cref="LoggerFactory"/>; Warning keeps test output readable.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Warning;
}
