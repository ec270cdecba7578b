namespace PortalProbe.Results;

public enum EvidenceKind
{
    Screenshot,
    Html,
    Trace,
    Text,
}

public static class EvidenceKinds
{
    public static string ToId(this EvidenceKind kind) => kind.ToString().ToLowerInvariant();

    public static string FileExtension(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Screenshot => ".png",
        EvidenceKind.Html => ".html",
        EvidenceKind.Trace => ".zip",
        _ => ".txt",
    };
}
