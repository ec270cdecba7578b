namespace PortalProbe.Browser.Engine;

/// <summary>Chromium could not be started: our fault (verdict error), never the portal's.</summary>
public sealed class BrowserLaunchException : Exception
{
    public BrowserLaunchException(string message) : base(message)
    {
    }

    public BrowserLaunchException(string message, Exception inner) : base(message, inner)
    {
    }

    public BrowserLaunchException()
    {
    }
}
