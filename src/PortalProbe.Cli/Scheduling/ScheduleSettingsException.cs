namespace PortalProbe.Cli.Scheduling;

/// <summary>The settings of <c>serve</c> are wrong; the message names every bad setting and the file it came from.</summary>
internal sealed class ScheduleSettingsException : Exception
{
    public ScheduleSettingsException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public ScheduleSettingsException()
        : this([])
    {
    }

    public ScheduleSettingsException(string message)
        : this([message])
    {
    }

    public ScheduleSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; } = [];
}
