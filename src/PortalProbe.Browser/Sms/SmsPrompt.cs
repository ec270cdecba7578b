namespace PortalProbe.Browser.Sms;

/// <summary>
/// The console an evaluator reads SMS codes from when the source is <c>prompt</c>: the host's input and the
/// writer the question goes to, and whether a person is there to answer (stdin is a terminal).
/// </summary>
public sealed record SmsPrompt(TextReader Input, TextWriter Output, bool Interactive)
{
    /// <summary>No console: the prompt source then needs a person it cannot reach (manual).</summary>
    public static SmsPrompt Unattended { get; } = new(TextReader.Null, TextWriter.Null, Interactive: false);
}
