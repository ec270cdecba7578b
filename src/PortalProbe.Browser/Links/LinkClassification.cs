namespace PortalProbe.Browser.Links;

/// <summary>What one check of a link found.</summary>
public enum LinkClassification
{
    /// <summary>A 2xx answer at the end of the chain (after HEAD and, where needed, GET).</summary>
    Ok,

    /// <summary>A 4xx answer to GET.</summary>
    ClientError,

    /// <summary>A 5xx answer to GET.</summary>
    ServerError,

    /// <summary>No answer within the request timeout (15 s by the government-website rule).</summary>
    Timeout,

    /// <summary>Refused, reset, or a host name that does not resolve.</summary>
    ConnectionFailure,

    /// <summary>The TLS handshake or the certificate failed.</summary>
    TlsFailure,

    /// <summary>The redirects came back to a URL already visited, or did not end within the limit.</summary>
    RedirectLoop,

    /// <summary>转外部链接失败: an internal "you are leaving" page whose refresh or script target fails.</summary>
    ExternalJumpFailure,

    /// <summary>Not checked: the host's circuit breaker was open after repeated transport failures.</summary>
    HostUnavailable,
}

/// <summary>Which classifications are failures of the link.</summary>
public static class LinkClassifications
{
    public static bool IsFailure(this LinkClassification classification) => classification != LinkClassification.Ok;
}
