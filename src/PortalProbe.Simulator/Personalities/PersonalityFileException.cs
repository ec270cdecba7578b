namespace PortalProbe.Simulator.Personalities;

/// <summary>A personality or question file that cannot be used; <see cref="Problems"/> lists every problem as "file: field: message".</summary>
public sealed class PersonalityFileException : Exception
{
    public PersonalityFileException()
        : this([])
    {
    }

    public PersonalityFileException(string message)
        : this([message])
    {
    }

    public PersonalityFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public PersonalityFileException(IReadOnlyList<string> problems)
        : base("Invalid personality file:" + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p)))
    {
        Problems = problems;
    }

    /// <summary>Every problem, e.g. <c>fixtures/x/personalities.json: cities[12].registration: unknown value 'smss'</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
