using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks;

/// <summary>NOT YET IMPLEMENTED: placeholder for the chatbot check (issue 4); replaced before this lands.</summary>
internal static class ChatbotCheckRunner
{
    public static Task<CheckOutcome> RunAsync(CheckRun run, ChatbotCheck check, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the chatbot check is not implemented yet");
}
