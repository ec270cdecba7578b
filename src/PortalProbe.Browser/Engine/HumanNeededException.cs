namespace PortalProbe.Browser.Engine;

/// <summary>The portal needs a human here (captcha, WeChat OAuth, an SMS to a real phone): verdict manual.</summary>
public sealed class HumanNeededException : Exception
{
    public HumanNeededException(string message) : base(message)
    {
    }

    public HumanNeededException(string message, Exception inner) : base(message, inner)
    {
    }

    public HumanNeededException()
    {
    }
}
