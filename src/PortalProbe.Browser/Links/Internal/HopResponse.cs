namespace PortalProbe.Browser.Links.Internal;

/// <summary>One HTTP answer, read completely inside the pipeline so the timeout covers the body too.</summary>
internal sealed record HopResponse(int Status, string? Location, string? ContentType, byte[]? Body);
