using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks;

/// <summary>NOT YET IMPLEMENTED: placeholder for the progress check (issue 4); replaced before this lands.</summary>
internal static class ProgressCheckRunner
{
    public static Task<CheckOutcome> RunAsync(CheckRun run, ProgressCheck check, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the progress check is not implemented yet");
}
