using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks;

/// <summary>NOT YET IMPLEMENTED: placeholder for the selfservice check (issue 4); replaced before this lands.</summary>
internal static class SelfServiceCheckRunner
{
    public static Task<CheckOutcome> RunAsync(CheckRun run, SelfServiceCheck check, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the selfservice check is not implemented yet");
}
