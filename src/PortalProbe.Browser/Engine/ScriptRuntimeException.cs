namespace PortalProbe.Browser.Engine;

/// <summary>A problem of the script or its inputs found while running: the verdict is error, not fail.</summary>
public sealed class ScriptRuntimeException : Exception
{
    public ScriptRuntimeException(string message) : base(message)
    {
    }

    public ScriptRuntimeException(string message, Exception inner) : base(message, inner)
    {
    }

    public ScriptRuntimeException()
    {
    }
}
