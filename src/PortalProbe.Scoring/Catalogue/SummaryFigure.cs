using PortalProbe.Diagnostics;

namespace PortalProbe.Scoring.Catalogue;

/// <summary>
/// One line of the national table in the monitoring report's form: cities whose <see cref="IndicatorId"/> scores
/// at least <see cref="AtLeast"/>, out of all cities or, with <see cref="Of"/>, out of the cities another figure
/// counted ("145 offer a chatbot, of which 40% are accurate").
/// </summary>
public sealed record SummaryFigure(string Id, string Label, string IndicatorId, double AtLeast, string? Of, SourceLocation Location);
