namespace PortalProbe.Scoring.Exports;

/// <summary>An export that could not be written (an unwritable path); nothing was left half-written.</summary>
public sealed class ExportException : Exception
{
    public ExportException()
    {
    }

    public ExportException(string message)
        : base(message)
    {
    }

    public ExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
