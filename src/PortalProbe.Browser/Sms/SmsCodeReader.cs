using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Privacy;
using PortalProbe.Browser.Steps;

namespace PortalProbe.Browser.Sms;

/// <summary>
/// Gets the SMS code for one <c>sms-code</c> step from the configured <see cref="SmsSource"/>. A code that only a
/// person can read (no source, a prompt nobody answers, a forwarder that never got it) is manual, never a fail;
/// the simulated portal's test endpoint is authoritative, so a code it never shows is the portal's fault.
/// </summary>
internal sealed partial class SmsCodeReader(SmsSource source, SmsPrompt prompt)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public static SmsCodeReader Unconfigured { get; } = new(SmsSource.None, SmsPrompt.Unattended);

    public SmsSource Source => source;

    public Task<string> ReadAsync(StepContext context, string phone, TimeSpan timeout, CancellationToken cancellationToken) => source switch
    {
        SmsSource.SimulatorSource => PollAsync(context, SimulatorUrl(context, phone), timeout, simulator: true, cancellationToken),
        SmsSource.HttpSource http => PollAsync(context, http.UrlFor(phone), timeout, simulator: false, cancellationToken),
        SmsSource.PromptSource => AskAsync(phone, timeout, cancellationToken),
        _ => throw new HumanNeededException(
            "the SMS goes to a real phone: no SMS code source is configured (sms.source in playwright.config.json or " +
            "PORTALPROBE_SMS_SOURCE: simulator, prompt or an SMS-forwarding URL with {phone})"),
    };

    /// <summary>The simulated portal's back door on the origin of the channel's entry.</summary>
    private static string SimulatorUrl(StepContext context, string phone)
    {
        var entry = context.Scope.TryGet("entry", out var e) ? e : context.Page.Url;
        var origin = new Uri(entry).GetLeftPart(UriPartial.Authority);
        return $"{origin}/__test/sms?phone={Uri.EscapeDataString(phone)}";
    }

    /// <summary>
    /// Asks the endpoint until it shows a code, through the browser context's request API (its cookies, never
    /// the page's history). Right after the 获取验证码 click the code may not be there yet, so a 404 is asked again.
    /// </summary>
    private static async Task<string> PollAsync(StepContext context, string url, TimeSpan timeout, bool simulator, CancellationToken cancellationToken)
    {
        var started = context.Time.GetTimestamp();
        var where = simulator ? "the simulated portal's test endpoint" : "the SMS forwarder";
        var last = "no answer";
        while (true)
        {
            try
            {
                var response = await context.Page.APIRequest.GetAsync(url, new APIRequestContextOptions { Timeout = (float)Math.Max(timeout.TotalMilliseconds, 1) });
                var body = response.Ok ? await response.TextAsync() : "";
                if (CodePattern().Match(body) is { Success: true } match)
                {
                    return match.Groups[1].Value;
                }

                last = response.Ok ? "an answer without a code" : $"HTTP {response.Status}";
            }
            catch (PlaywrightException e) when (!simulator)
            {
                last = BrowserSession.FirstLine(e.Message);
            }

            if (context.Time.GetElapsedTime(started) + Poll > timeout)
            {
                var message = $"{where} had no SMS code for {PersonalDataMasker.Mask(PhoneShown(url))} within {timeout.TotalSeconds:0.#}s (last: {last})";
                throw simulator
                    ? new PortalFailureException($"the portal sent no SMS code: {message}")
                    : new HumanNeededException($"{message}; a person must read the SMS");
            }

            await Task.Delay(Poll, context.Time, cancellationToken);
        }
    }

    private async Task<string> AskAsync(string phone, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!prompt.Interactive)
        {
            throw new HumanNeededException("needs a person to read the SMS: the source is 'prompt' but the run is not interactive");
        }

        await prompt.Output.WriteAsync($"SMS code sent to {PersonalDataMasker.Mask(phone)} (Enter to give up): ");
        await prompt.Output.FlushAsync(cancellationToken);
        var line = await prompt.Input.ReadLineAsync(cancellationToken);
        return line is not null && CodePattern().Match(line) is { Success: true } match
            ? match.Groups[1].Value
            : throw new HumanNeededException("needs a person to read the SMS: no code was typed at the prompt");
    }

    /// <summary>The phone of a source URL, for the reason (masked by the caller).</summary>
    private static string PhoneShown(string url)
    {
        var match = PhoneInUrl().Match(url);
        return match.Success ? match.Value : "the phone";
    }

    [GeneratedRegex(@"(?<!\d)(\d{4,8})(?!\d)")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"1\d{10}")]
    private static partial Regex PhoneInUrl();
}
