namespace PortalProbe.Overrides;

/// <summary>An override that cannot be recorded: an unknown city, or nothing in force to remove.</summary>
public sealed class OverrideException : Exception
{
    public OverrideException()
    {
    }

    public OverrideException(string message)
        : base(message)
    {
    }

    public OverrideException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
