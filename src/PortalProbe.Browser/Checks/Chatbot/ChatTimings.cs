namespace PortalProbe.Browser.Checks.Chatbot;

/// <summary>
/// How long the chatbot check waits for an answer (<see cref="Wait"/>) and how long an answer's text must stay the
/// same before it counts as complete (<see cref="Quiet"/>, measured inside the page by its own clock: a bot that
/// types its answer out is read when it has finished).
/// </summary>
internal sealed record ChatTimings(TimeSpan Wait, TimeSpan Quiet)
{
    /// <summary>Consecutive unanswered questions, before any answer came at all, after which a chatbot counts as silent.</summary>
    public const int SilentAfter = 3;

    /// <summary>
    /// How long past <see cref="Wait"/> a wait inside the page may take before the check stops waiting for it: the
    /// page's timers fire late on a loaded machine, and a page whose script is stuck never answers at all.
    /// </summary>
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The pause before looking again after a read the page interrupted (it navigated) or that found the answer gone,
    /// so that such a page is not asked in a tight loop: a quarter of the quiet period.
    /// </summary>
    public TimeSpan Retry => Quiet / 4;

    /// <summary>The script's <c>wait</c>, else the step timeout; the quiet period is a twentieth of it, from 300 ms to 1 s.</summary>
    public static ChatTimings For(TimeSpan? wait, TimeSpan stepTimeout)
    {
        var limit = wait ?? stepTimeout;
        var quiet = TimeSpan.FromTicks(Math.Clamp(limit.Ticks / 20, TimeSpan.FromMilliseconds(300).Ticks, TimeSpan.FromSeconds(1).Ticks));
        return new ChatTimings(limit, quiet);
    }
}
