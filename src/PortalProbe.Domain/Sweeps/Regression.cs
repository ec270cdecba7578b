using PortalProbe.Cities;

namespace PortalProbe.Sweeps;

/// <summary>A function (a city's scenario on a channel) that passed in the city's previous sweep and fails now.</summary>
public sealed record Regression(
    string CityCode, ChannelKind Channel, string Scenario, long PreviousSweepId, long PreviousRunId, long RunId, string Reason);
