namespace PortalProbe.Storage.Schema.Internal;

/// <summary>One upgrade script: <c>Schema/Scripts/0001_initial.sql</c> is version 1, named "initial".</summary>
internal sealed record SchemaScript(int Version, string Name, string Sql)
{
    public override string ToString() => $"{Version:D4}_{Name}";
}
