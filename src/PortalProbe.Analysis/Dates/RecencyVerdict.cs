namespace PortalProbe.Analysis.Dates;

public enum RecencyVerdict
{
    /// <summary>The newest date is within the window.</summary>
    Recent,

    /// <summary>The newest date is older than the window.</summary>
    Stale,

    /// <summary>No date at all: the government-website rule counts such a page as not updated.</summary>
    Undated,
}
