namespace PortalProbe.Cli.Bench;

/// <summary>Whether a measured figure reached its goal.</summary>
internal enum GoalStatus
{
    Met,
    NotMet,

    /// <summary>The run did not measure what the goal is about (fewer cities than 349, linkchecker missing).</summary>
    NotMeasured,
}

/// <summary>One goal of issue 5 beside the figure measured for it.</summary>
internal sealed record BenchGoal(string Name, string Target, string Measured, GoalStatus Status)
{
    public string StatusText => Status switch
    {
        GoalStatus.Met => "met",
        GoalStatus.NotMet => "NOT MET",
        _ => "not measured",
    };

    public static GoalStatus Check(bool measured, bool met) => !measured ? GoalStatus.NotMeasured : met ? GoalStatus.Met : GoalStatus.NotMet;
}
