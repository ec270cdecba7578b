namespace PortalProbe.Storage.Schema;

/// <summary>The database was written by a newer PortalProbe than this one; it is left untouched.</summary>
public sealed class SchemaVersionException : Exception
{
    public SchemaVersionException()
    {
    }

    public SchemaVersionException(string message)
        : base(message)
    {
    }

    public SchemaVersionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
