namespace PortalProbe.Browser.Configuration;

/// <summary>The configuration file is missing or wrong; the message names the file and every bad field.</summary>
public sealed class BrowserConfigException : Exception
{
    public BrowserConfigException(string message) : base(message)
    {
    }

    public BrowserConfigException(string message, Exception inner) : base(message, inner)
    {
    }

    public BrowserConfigException()
    {
    }
}
