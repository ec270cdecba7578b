namespace PortalProbe.Browser.Links;

/// <summary>The verdict on a link after its confirming re-check.</summary>
public enum LinkOutcome
{
    /// <summary>Worked in every check.</summary>
    Ok,

    /// <summary>Failed, and failed again when checked a little later (or its host's breaker then stayed open).</summary>
    Broken,

    /// <summary>Failed in one check and worked in another: reported with its failure ratio, never hidden.</summary>
    Flaky,

    /// <summary>Never checked: its host's circuit breaker was open each time.</summary>
    HostUnavailable,
}
