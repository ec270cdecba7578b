using Microsoft.Extensions.Logging;
using PortalProbe.Simulator.Chatbot;
using PortalProbe.Simulator.Handwritten;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Hosting;

/// <summary>What <see cref="SimulatorHost.StartAsync"/> serves: the portals, the port and the clock.</summary>
public sealed record SimulatorOptions
{
    /// <summary>The loopback address that refused links point at; nothing may listen there.</summary>
    public const string DefaultRefusedAddress = "127.1.255.254";

    /// <summary>The simulated portals, each on its own loopback address.</summary>
    public required IReadOnlyList<PortalPersonality> Portals { get; init; }

    /// <summary>The simulated external sites (provincial service sites, ministry pages) links point to.</summary>
    public IReadOnlyList<ExternalSite> ExternalSites { get; init; } = [];

    /// <summary>
    /// Hand-written portals (<see cref="HandwrittenPortals"/>), answered from their own files and endpoints; each one's
    /// personality must also be in <see cref="Portals"/>, which <see cref="HandwrittenPortals.AddTo"/> sees to.
    /// </summary>
    public IReadOnlyList<HandwrittenPortal> Handwritten { get; init; } = [];

    /// <summary>The chatbot's question bank, also behind the FAQ and hot-question pages.</summary>
    public QuestionBank Questions { get; init; } = QuestionBank.BuiltIn;

    /// <summary>The one port every portal listens on; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>
    /// The clock behind ticket dates and states; tests pass a fake one. When it is a <see cref="SimulatorClock"/>,
    /// <c>POST /__test/clock?advance=...</c> moves it.
    /// </summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where links of <see cref="LinkBehaviour.Refused"/> point; a loopback address no portal or site uses.</summary>
    public string RefusedAddress { get; init; } = DefaultRefusedAddress;

    /// <summary>Where the simulator and Kestrel log; nothing is logged when null.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>The least severe level passed on to <see cref="LoggerFactory"/>; Warning keeps test output readable.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Warning;
}
