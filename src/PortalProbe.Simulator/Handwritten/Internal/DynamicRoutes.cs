namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>A dynamic endpoint of a hand-written portal: on when its behaviour is.</summary>
internal sealed record DynamicRoute(HandwrittenBehaviours Behaviour, string Method, string Path, Func<HandwrittenRequest, Task> Handle);

/// <summary>Every dynamic endpoint, by behaviour; the paths are the portals' own, written by hand into their pages.</summary>
internal static class DynamicRoutes
{
    private static readonly DynamicRoute[] All =
    [
        new(HandwrittenBehaviours.SmsAccount, "POST", "/api/ywtb/sms/send", OneStopAccounts.SendCodeAsync),
        new(HandwrittenBehaviours.SmsAccount, "POST", "/api/ywtb/user/register", OneStopAccounts.RegisterAsync),
        new(HandwrittenBehaviours.SmsAccount, "POST", "/api/ywtb/user/login", OneStopAccounts.LoginAsync),
        new(HandwrittenBehaviours.WizardAppeal, "POST", "/api/ywtb/appeal", OneStopAppeals.SubmitAsync),
        new(HandwrittenBehaviours.TicketProgress, "GET", "/api/ywtb/progress", OneStopAppeals.ProgressAsync),
        new(HandwrittenBehaviours.Robot, "POST", "/api/ywtb/robot", OneStopRobot.AnswerAsync),
        new(HandwrittenBehaviours.CaptchaAccount, "GET", "/servlet/yzm", CodeImage.ShowAsync),
        new(HandwrittenBehaviours.CaptchaAccount, "POST", "/servlet/reg", LetterAccounts.RegisterAsync),
        new(HandwrittenBehaviours.CaptchaAccount, "POST", "/servlet/login", LetterAccounts.LoginAsync),
        new(HandwrittenBehaviours.LetterAppeal, "POST", "/servlet/letter", LetterBox.SubmitAsync),
        new(HandwrittenBehaviours.PasswordProgress, "GET", "/servlet/query", LetterBox.QueryAsync),
    ];

    /// <summary>The switched-on endpoint at <paramref name="path"/>, whatever its method; null when there is none.</summary>
    public static DynamicRoute? Find(HandwrittenPortal portal, string path) =>
        All.FirstOrDefault(r => portal.Has(r.Behaviour) && string.Equals(r.Path, path, StringComparison.Ordinal));
}
