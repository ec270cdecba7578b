namespace PortalProbe.Browser.Engine;

/// <summary>The portal did something wrong at a step: the verdict is fail, with an optional hint.</summary>
public sealed class PortalFailureException : Exception
{
    public PortalFailureException(string message, string? hint = null) : base(message)
    {
        Hint = hint;
    }

    public PortalFailureException(string message, Exception inner) : base(message, inner)
    {
    }

    public PortalFailureException()
    {
    }

    public string? Hint { get; }
}
