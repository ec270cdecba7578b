namespace PortalProbe.Sweeps;

/// <summary>Where a city stands in a sweep.</summary>
public enum SweepCityState
{
    /// <summary>Not started yet.</summary>
    Pending,

    /// <summary>Started and not done: running now, or cut short when the sweep was killed (then it is run again).</summary>
    Running,

    /// <summary>
    /// Its first pass is recorded in <see cref="SweepCity.RunId"/>, which stays incomplete until the failed scenarios
    /// are re-checked later in the sweep; a resumed sweep runs only those re-checks, never the city again.
    /// </summary>
    Recheck,

    /// <summary>Its run completed; <see cref="SweepCity.RunId"/> is the one run that counts for this sweep.</summary>
    Done,
}

/// <summary>One city of a sweep.</summary>
public sealed record SweepCity(string CityCode, int Position, SweepCityState State, long? RunId);
