namespace PortalProbe.Analysis.Dates.Internal;

/// <summary>A shape's reading of a match: the day it stands for and how precise it is.</summary>
internal readonly record struct DateCandidate(DateOnly Date, DatePrecision Precision);
