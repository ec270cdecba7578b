namespace PortalProbe.Browser.Configuration;

/// <summary>
/// Where the <c>sms-code</c> step gets the code a portal texted: nowhere (the SMS goes to a real phone: a person
/// is needed), the simulated portal's test endpoint, an evaluator at the console, or an SMS-forwarding service.
/// </summary>
public abstract record SmsSource
{
    private SmsSource()
    {
    }

    public static SmsSource None { get; } = new NoSource();

    public static SmsSource Simulator { get; } = new SimulatorSource();

    public static SmsSource Prompt { get; } = new PromptSource();

    /// <summary>The source a setting names (empty: none), or null when the text names none.</summary>
    public static SmsSource? Parse(string? text) => text?.Trim() switch
    {
        null or "" or "none" => None,
        "simulator" => Simulator,
        "prompt" => Prompt,
        var url when IsUrlTemplate(url) => new HttpSource(url),
        _ => null,
    };

    private static bool IsUrlTemplate(string text) =>
        text.Contains("{phone}", StringComparison.Ordinal)
        && Uri.TryCreate(text.Replace("{phone}", "0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https";

    /// <summary>No source: the SMS goes to a real phone and the step needs a person.</summary>
    public sealed record NoSource : SmsSource
    {
        public override string ToString() => "none";
    }

    /// <summary>GET <c>&lt;entry origin&gt;/__test/sms?phone=</c> of the simulated portal, polled briefly.</summary>
    public sealed record SimulatorSource : SmsSource
    {
        public override string ToString() => "simulator";
    }

    /// <summary>Asks at the console when the run is interactive; otherwise a person is needed.</summary>
    public sealed record PromptSource : SmsSource
    {
        public override string ToString() => "prompt";
    }

    /// <summary>An SMS-forwarding service: GET the URL with <c>{phone}</c> replaced, polled until a code appears.</summary>
    public sealed record HttpSource(string UrlTemplate) : SmsSource
    {
        public string UrlFor(string phone) => UrlTemplate.Replace("{phone}", Uri.EscapeDataString(phone), StringComparison.Ordinal);

        public override string ToString() => UrlTemplate;
    }
}
