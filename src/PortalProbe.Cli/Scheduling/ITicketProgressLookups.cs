namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// The seam to the progress check: look up how far the open campaign's tickets (work orders that live submissions
/// obtained) have got, each on its city's portal. Returns how many tickets were looked up.
/// </summary>
internal interface ITicketProgressLookups
{
    Task<int> LookUpOpenTicketsAsync(CancellationToken cancellationToken);
}
