using System.Globalization;

namespace PortalProbe.Scoring.Catalogue;

/// <summary>How a threshold level compares the fact's value with its bound.</summary>
public enum Comparison
{
    AtLeast,
    Above,
    AtMost,
    Below,
}

/// <summary>One level of a <see cref="ThresholdRule"/>: when the value compares so with the bound, the score.</summary>
public sealed record ThresholdLevel(Comparison Comparison, double Bound, double Score)
{
    public bool IsReachedBy(double value) => Comparison switch
    {
        Comparison.AtLeast => value >= Bound,
        Comparison.Above => value > Bound,
        Comparison.AtMost => value <= Bound,
        _ => value < Bound,
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Comparison switch
    {
        Comparison.AtLeast => ">=",
        Comparison.Above => ">",
        Comparison.AtMost => "<=",
        _ => "<",
    }} {Bound} -> {Score}");
}
