namespace PortalProbe.Results;

public enum EvidenceKind
{
    Screenshot,
    Html,
    Trace,
    Text,

    /// <summary>A structured record a check wrote (the links check's broken and flaky links, a chatbot transcript).</summary>
    Json,
}

public static class EvidenceKinds
{
    public static string ToId(this EvidenceKind kind) => kind.ToString().ToLowerInvariant();

    public static string FileExtension(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Screenshot => ".png",
        EvidenceKind.Html => ".html",
        EvidenceKind.Trace => ".zip",
        EvidenceKind.Json => ".json",
        _ => ".txt",
    };
}
