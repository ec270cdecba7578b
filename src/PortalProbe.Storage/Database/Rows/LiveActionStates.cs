namespace PortalProbe.Storage.Database.Rows;

/// <summary>The values of <c>live_actions.state</c>, as the schema's CHECK constraint lists them.</summary>
internal static class LiveActionStates
{
    public const string Started = "started";

    public const string Done = "done";

    public const string Failed = "failed";
}
