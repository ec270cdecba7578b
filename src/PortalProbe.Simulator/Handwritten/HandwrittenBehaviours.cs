namespace PortalProbe.Simulator.Handwritten;

/// <summary>
/// The dynamic endpoints a hand-written portal switches on in its portal.json (<c>"dynamic": [ids]</c>); every other
/// path is a static file of its <c>site/</c> folder. Each id answers fixed paths, listed here.
/// </summary>
[Flags]
public enum HandwrittenBehaviours
{
    /// <summary>Static files only.</summary>
    None = 0,

    /// <summary>
    /// <c>sms-account</c>: JSON <c>POST /api/ywtb/sms/send</c>, <c>/api/ywtb/user/register</c> and <c>/api/ywtb/user/login</c>;
    /// the "texted" code is read from the simulator's <c>/__test/sms?phone=</c> back door.
    /// </summary>
    SmsAccount = 1,

    /// <summary><c>wizard-appeal</c>: JSON <c>POST /api/ywtb/appeal</c>, answering the ticket (诉求编号).</summary>
    WizardAppeal = 2,

    /// <summary><c>ticket-progress</c>: <c>GET /api/ywtb/progress?sqbh=</c>, the ticket's state as JSON.</summary>
    TicketProgress = 4,

    /// <summary><c>robot</c>: JSON <c>POST /api/ywtb/robot</c>, answered from the portal's hand-written robot.json.</summary>
    Robot = 8,

    /// <summary>
    /// <c>captcha-account</c>: a 4-digit code image at <c>GET /servlet/yzm</c> and the form posts <c>/servlet/reg</c> and
    /// <c>/servlet/login</c> that check it; the simulator's <c>/__test/captcha</c> back door tells the last code.
    /// </summary>
    CaptchaAccount = 16,

    /// <summary><c>letter-appeal</c>: form <c>POST /servlet/letter</c>, answering an alert() with the letter number and a query password.</summary>
    LetterAppeal = 32,

    /// <summary><c>password-progress</c>: <c>GET /servlet/query?bh=&amp;mm=</c>, a letter's state for its number and query password.</summary>
    PasswordProgress = 64,
}
