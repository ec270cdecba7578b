using PortalProbe.Diagnostics;
using PortalProbe.Facts;
using PortalProbe.Scripts;

namespace PortalProbe.Scoring.Catalogue;

/// <summary>
/// How a leaf indicator turns what the checks found into 0 to 100. Every rule but <see cref="OverrideOnlyRule"/>
/// reads the scenarios of one kind (<see cref="From"/>); with <see cref="LiveOnly"/> a dry run can show the
/// function broken (its scenario failed: 0) but never working.
/// </summary>
public abstract record ScoringRule(ScenarioKind From, bool LiveOnly, SourceLocation Location)
{
    /// <summary>The fact the rule reads; null for a verdict or override rule.</summary>
    public virtual FactDefinition? Fact => null;
}

/// <summary>The scenario's verdict: pass 100, fail 0; manual, error and skipped are not measured.</summary>
public sealed record VerdictRule(ScenarioKind From, bool LiveOnly, SourceLocation Location) : ScoringRule(From, LiveOnly, Location);

/// <summary>A boolean fact: true 100, false 0.</summary>
public sealed record BooleanFactRule(FactDefinition BooleanFact, ScenarioKind From, bool LiveOnly, SourceLocation Location)
    : ScoringRule(From, LiveOnly, Location)
{
    public override FactDefinition? Fact => BooleanFact;
}

/// <summary>A ratio fact times 100.</summary>
public sealed record ProportionRule(FactDefinition RatioFact, ScenarioKind From, bool LiveOnly, SourceLocation Location)
    : ScoringRule(From, LiveOnly, Location)
{
    public override FactDefinition? Fact => RatioFact;
}

/// <summary>The first level the fact's value reaches gives the score; none reached gives <see cref="Otherwise"/>.</summary>
public sealed record ThresholdRule(
    FactDefinition NumberFact, IReadOnlyList<ThresholdLevel> Levels, double Otherwise, ScenarioKind From, bool LiveOnly, SourceLocation Location)
    : ScoringRule(From, LiveOnly, Location)
{
    public override FactDefinition? Fact => NumberFact;
}

/// <summary>100 minus <see cref="PerUnit"/> for each unit of the fact, never below <see cref="Floor"/>.</summary>
public sealed record DeductionRule(
    FactDefinition NumberFact, double PerUnit, double Floor, ScenarioKind From, bool LiveOnly, SourceLocation Location)
    : ScoringRule(From, LiveOnly, Location)
{
    public override FactDefinition? Fact => NumberFact;
}

/// <summary>No fact measures the leaf (an effective reply needs a person to read it): only an override scores it.</summary>
public sealed record OverrideOnlyRule(SourceLocation Location) : ScoringRule(ScenarioKind.Custom, false, Location);
