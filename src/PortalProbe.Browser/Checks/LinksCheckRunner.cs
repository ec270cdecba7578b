using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks;

/// <summary>NOT YET IMPLEMENTED: placeholder for the links check (issue 4); replaced before this lands.</summary>
internal static class LinksCheckRunner
{
    public static Task<CheckOutcome> RunAsync(CheckRun run, LinksCheck check, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the links check is not implemented yet");
}
