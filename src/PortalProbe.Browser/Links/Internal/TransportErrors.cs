using Microsoft.Playwright;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PortalProbe.Browser.Links.Internal;

/// <summary>
/// Reads what went wrong when a request got no HTTP answer. Playwright's request API runs in its Node driver,
/// so errors arrive as Node's codes (ECONNREFUSED, ECONNRESET, ENOTFOUND, certificate errors) inside the message.
/// </summary>
internal static class TransportErrors
{
    private static readonly string[] Refused = ["ECONNREFUSED", "ECONNRESET", "socket hang up", "EPIPE", "ECONNABORTED"];

    private static readonly string[] Unreachable = ["ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL", "net::ERR_"];

    private static readonly string[] Tls = ["certificate", "CERT_", "SSL", "TLS", "EPROTO", "self signed", "self-signed"];

    public static LinkClassification Classify(Exception error) => error switch
    {
        BrokenCircuitException => LinkClassification.HostUnavailable,
        TimeoutRejectedException or TimeoutException => LinkClassification.Timeout,
        PlaywrightException e when Has(e.Message, ["Timeout", "timed out", "ETIMEDOUT"]) => LinkClassification.Timeout,
        PlaywrightException e when Has(e.Message, Tls) => LinkClassification.TlsFailure,
        PlaywrightException e when Has(e.Message, Refused) || Has(e.Message, Unreachable) => LinkClassification.ConnectionFailure,
        PlaywrightException => LinkClassification.ConnectionFailure,
        _ => throw new ArgumentException($"not a transport error: {error.GetType().Name}", nameof(error)),
    };

    /// <summary>True for the errors this component knows how to classify; anything else is a bug and propagates.</summary>
    public static bool IsTransport(Exception error) =>
        error is BrokenCircuitException or TimeoutRejectedException or TimeoutException or PlaywrightException;

    /// <summary>Refused or reset: worth a retry with jitter. Timeouts, DNS, TLS and every HTTP answer are not.</summary>
    public static bool IsRetryable(Exception error) =>
        error is PlaywrightException e && Has(e.Message, Refused);

    /// <summary>What counts against a host's circuit breaker: no answer at all (refused, reset, timeout, TLS), never an HTTP status.</summary>
    public static bool CountsAgainstHost(Exception error) => error is TimeoutRejectedException or TimeoutException or PlaywrightException;

    /// <summary>The first line of the error, without Playwright's call log.</summary>
    public static string Describe(Exception error) => error switch
    {
        TimeoutRejectedException t => $"no answer within {t.Timeout.TotalMilliseconds:0} ms",
        BrokenCircuitException => "not checked: the host's circuit breaker is open after repeated transport failures",
        _ => error.Message.Split('\n', 2)[0].Trim(),
    };

    private static bool Has(string message, string[] markers) =>
        markers.Any(m => message.Contains(m, StringComparison.OrdinalIgnoreCase));
}
