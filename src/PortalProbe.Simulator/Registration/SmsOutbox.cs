namespace PortalProbe.Simulator.Registration;

/// <summary>The codes one portal has "texted", per phone; thread-safe.</summary>
internal sealed class SmsOutbox(string cityCode, int codeLength)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Sent> sent = new(StringComparer.Ordinal);

    /// <summary>Sends the next code to <paramref name="phone"/> and returns it.</summary>
    public string Send(string phone)
    {
        lock (gate)
        {
            var count = sent.TryGetValue(phone, out var last) ? last.Count + 1 : 1;
            var code = SmsCodes.Derive(cityCode, phone, count, codeLength);
            sent[phone] = new Sent(count, code, Used: false);
            return code;
        }
    }

    /// <summary>The last code sent to <paramref name="phone"/>, used or not; null when none was sent.</summary>
    public string? LastCode(string phone)
    {
        lock (gate)
        {
            return sent.TryGetValue(phone, out var last) ? last.Code : null;
        }
    }

    /// <summary>True when <paramref name="code"/> is the last, still unused code sent to <paramref name="phone"/>.</summary>
    public bool Matches(string phone, string code)
    {
        lock (gate)
        {
            return sent.TryGetValue(phone, out var last) && !last.Used && string.Equals(last.Code, code, StringComparison.Ordinal);
        }
    }

    /// <summary>Uses the code up if it still matches, so one code registers once; false when it no longer does.</summary>
    public bool TryUse(string phone, string code)
    {
        lock (gate)
        {
            if (!sent.TryGetValue(phone, out var last) || last.Used || !string.Equals(last.Code, code, StringComparison.Ordinal))
            {
                return false;
            }

            sent[phone] = last with { Used = true };
            return true;
        }
    }

    private sealed record Sent(int Count, string Code, bool Used);
}
