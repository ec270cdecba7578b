namespace PortalProbe.Results;

public enum EvidenceKind
{
    Screenshot,
    Html,
    Trace,
    Text,

    /// <summary>A structured record a check made (for example a chatbot transcript with the judge's verdicts).</summary>
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
