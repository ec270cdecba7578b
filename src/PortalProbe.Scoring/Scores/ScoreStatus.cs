namespace PortalProbe.Scoring.Scores;

/// <summary>Where an indicator's score came from.</summary>
public enum ScoreStatus
{
    /// <summary>Computed from the checks' verdicts and facts.</summary>
    Measured,

    /// <summary>
    /// Nothing decides it yet (a manual or error verdict, a dry run for a live-only function, no scenario, an
    /// override-only leaf): never silently 0 or 100, until an evaluator overrides it.
    /// </summary>
    NotMeasured,

    /// <summary>An evaluator's override replaced the computed value.</summary>
    Overridden,

    /// <summary>A veto leaf scored 0 and zeroed this indicator.</summary>
    Vetoed,
}

public static class ScoreStatuses
{
    public static string ToId(this ScoreStatus status) => status switch
    {
        ScoreStatus.Measured => "measured",
        ScoreStatus.NotMeasured => "not-measured",
        ScoreStatus.Overridden => "overridden",
        _ => "vetoed",
    };

    /// <summary>The Chinese label used in exports.</summary>
    public static string Label(this ScoreStatus status) => status switch
    {
        ScoreStatus.Measured => "实测",
        ScoreStatus.NotMeasured => "未测",
        ScoreStatus.Overridden => "人工认定",
        _ => "否决",
    };
}
