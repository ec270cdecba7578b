namespace PortalProbe.Browser.Checks.Chatbot;

/// <summary>
/// How long the chatbot check waits for an answer (<see cref="Wait"/>), how often it reads the window
/// (<see cref="Poll"/>) and how long an answer's text must stay the same before it counts as complete
/// (<see cref="Quiet"/>: a bot that types its answer out is read when it has finished).
/// </summary>
internal sealed record ChatTimings(TimeSpan Wait, TimeSpan Poll, TimeSpan Quiet)
{
    /// <summary>Consecutive unanswered questions, before any answer came at all, after which a chatbot counts as silent.</summary>
    public const int SilentAfter = 3;

    /// <summary>
    /// The script's <c>wait</c>, else the step timeout; the quiet period is a twentieth of it, from 300 ms to 1 s; the
    /// window is read four times per quiet period (75 to 250 ms apart). Each read is a round trip through Playwright's
    /// driver into the page, and about fifty questions are asked per scenario, so reading every 50 ms cost more CPU
    /// than it gained: an answer is now read at most a quarter of the quiet period later.
    /// </summary>
    public static ChatTimings For(TimeSpan? wait, TimeSpan stepTimeout)
    {
        var limit = wait ?? stepTimeout;
        var quiet = TimeSpan.FromTicks(Math.Clamp(limit.Ticks / 20, TimeSpan.FromMilliseconds(300).Ticks, TimeSpan.FromSeconds(1).Ticks));
        return new ChatTimings(limit, quiet / 4, quiet);
    }
}
