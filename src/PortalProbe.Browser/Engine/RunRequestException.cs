namespace PortalProbe.Browser.Engine;

/// <summary>The run request does not fit the script (missing run-time variable, unknown scenario or channel).</summary>
public sealed class RunRequestException : Exception
{
    public RunRequestException(string message) : base(message)
    {
    }

    public RunRequestException(string message, Exception inner) : base(message, inner)
    {
    }

    public RunRequestException()
    {
    }
}
