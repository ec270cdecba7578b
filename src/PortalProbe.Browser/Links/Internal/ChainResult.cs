namespace PortalProbe.Browser.Links.Internal;

/// <summary>Where one chain of requests ended: its classification, last status, hops, error, request count and, when asked for, the page.</summary>
internal sealed record ChainResult(
    LinkClassification Classification,
    int? FinalStatus,
    IReadOnlyList<RedirectHop> Chain,
    string? Error,
    int Requests,
    Uri FinalUrl,
    HopResponse? Page)
{
    /// <summary>True when the chain ended in an HTTP answer other than 2xx (not a transport failure or a loop).</summary>
    public bool AnsweredWithoutSuccess => Classification is LinkClassification.ClientError or LinkClassification.ServerError;
}
