namespace PortalProbe.Simulator.Personalities;

/// <summary>
/// The parts of a simulated portal that are deliberately broken, the failures the national monitoring
/// reports (无法注册登录, 无法提交诉求, 链接稳定性). Combine with <c>|</c>.
/// </summary>
[Flags]
public enum PortalFaults
{
    /// <summary>Everything works.</summary>
    None = 0,

    /// <summary>Submitting the registration form returns HTTP 500 「系统维护中，请稍后再试」.</summary>
    Registration = 1,

    /// <summary>Submitting the appeal form returns HTTP 500 「系统繁忙」.</summary>
    Submission = 2,

    /// <summary>The appeal form's submit button does nothing in a browser: a script cancels the submit.</summary>
    SubmitButtonDead = 4,

    /// <summary>The home page returns HTTP 503.</summary>
    Home = 8,

    /// <summary>Every portal page hangs until the client gives up (the <c>/__test/</c> back door still answers).</summary>
    Hang = 16,

    /// <summary>
    /// The home page is flaky: it answers 503 on odd attempts (the 1st, 3rd, 5th ... request for the home page
    /// since the host started or since <c>POST /__test/attempts/reset</c>) and 200 on even ones, so a client that
    /// retries at once always gets through, but one that comes back later cannot be sure to (a sweep's re-check: see
    /// <see cref="HomeOutage"/>). Counted per portal, for GET and HEAD alike.
    /// </summary>
    FlakyHome = 32,

    /// <summary>
    /// The home page has an outage that passes: it answers 503 to its first request (since the host started or since
    /// <c>POST /__test/attempts/reset</c>) and 200 to every later one. A re-check gets through whenever it comes,
    /// right after the failure (<c>run</c>) or after the rest of the sweep (<c>sweep</c>). Counted per portal, for GET
    /// and HEAD alike. The generated population's flaky portals have this fault; <see cref="FlakyHome"/>, an entry
    /// that stays unreliable, is for tests of the 5% availability rule.
    /// </summary>
    HomeOutage = 64,
}
