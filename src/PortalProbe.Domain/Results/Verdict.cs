namespace PortalProbe.Results;

/// <summary>The outcome of one scenario on one channel.</summary>
public enum Verdict
{
    /// <summary>The portal did what a citizen needs.</summary>
    Pass,

    /// <summary>The portal failed: wrong page, missing element, server error, hang, unreachable host.</summary>
    Fail,

    /// <summary>A human is needed: captcha, WeChat OAuth, an SMS that only reaches a real phone.</summary>
    Manual,

    /// <summary>Our own fault: a bad script, a crash, a missing secret, Chromium failing to start.</summary>
    Error,

    /// <summary>Not run.</summary>
    Skipped,
}

public static class Verdicts
{
    public static string ToId(this Verdict verdict) => verdict.ToString().ToLowerInvariant();

    public static bool TryParse(string? id, out Verdict verdict) =>
        Enum.TryParse(id, ignoreCase: true, out verdict) && Enum.IsDefined(verdict);
}
