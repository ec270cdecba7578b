using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks;

/// <summary>NOT YET IMPLEMENTED: placeholder for the disclosure check (issue 4); replaced before this lands.</summary>
internal static class DisclosureCheckRunner
{
    public static Task<CheckOutcome> RunAsync(CheckRun run, DisclosureCheck check, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the disclosure check is not implemented yet");
}
