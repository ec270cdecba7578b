namespace PortalProbe.Population.Truth;

/// <summary>What ground truth says about one function: written as true, false, "manual" or null in ground-truth.json.</summary>
public enum TruthValue
{
    /// <summary>The portal does not offer the function (null).</summary>
    Absent,

    /// <summary>It works (true).</summary>
    Works,

    /// <summary>It is offered but broken (false).</summary>
    Fails,

    /// <summary>Only a person can get through: WeChat authorisation, an image captcha ("manual").</summary>
    Manual,
}
