using PortalProbe.Simulator.Chatbot;
using PortalProbe.Simulator.Hosting;

namespace PortalProbe.Simulator.Personalities;

/// <summary>What a personality file holds: the portals, the external sites they link to, and the question bank.</summary>
public sealed record PersonalitySet(IReadOnlyList<PortalPersonality> Portals, IReadOnlyList<ExternalSite> ExternalSites)
{
    /// <summary>The date the population's disclosure dates are relative to.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The seed the population was generated with.</summary>
    public int Seed { get; init; }

    /// <summary>Where refused links point.</summary>
    public string RefusedAddress { get; init; } = SimulatorOptions.DefaultRefusedAddress;

    /// <summary>The chatbot's question bank.</summary>
    public QuestionBank Questions { get; init; } = QuestionBank.BuiltIn;

    /// <summary>Options that serve this set on <paramref name="port"/> (0 picks one) with <paramref name="time"/>.</summary>
    public SimulatorOptions ToOptions(int port, TimeProvider time) => new()
    {
        Portals = Portals,
        ExternalSites = ExternalSites,
        Questions = Questions,
        RefusedAddress = RefusedAddress,
        Port = port,
        Time = time,
    };
}
