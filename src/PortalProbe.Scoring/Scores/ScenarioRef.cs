using PortalProbe.Cities;
using PortalProbe.Results;

namespace PortalProbe.Scoring.Scores;

/// <summary>A scenario result a score rests on: enough to find it again (run, name, channel) and to show its verdict.</summary>
public sealed record ScenarioRef(long RunId, string Scenario, ChannelKind Channel, Verdict Verdict, string Reason, bool Live);
