namespace PortalProbe.Storage.Database.Rows;

/// <summary>The values of <c>runs.status</c>, as the schema's CHECK constraint lists them.</summary>
internal static class RunStatus
{
    public const string Running = "running";

    public const string Complete = "complete";

    public const string Interrupted = "interrupted";
}
