using System.Globalization;

namespace PortalProbe.Simulator.Clock;

/// <summary>
/// The durations <c>POST /__test/clock?advance=</c> takes: a whole number with <c>d</c>, <c>h</c>, <c>m</c> or
/// <c>s</c> (<c>3d</c>, <c>36h</c>, <c>90m</c>, <c>30s</c>), or a .NET time span (<c>1.12:00:00</c>); at most 400 days.
/// </summary>
public static class ClockDurations
{
    /// <summary>The longest single move.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromDays(400);

    /// <summary>The duration, or null when <paramref name="text"/> is not one (or is negative or too long).</summary>
    public static TimeSpan? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 32)
        {
            return null;
        }

        text = text.Trim();
        TimeSpan? span = text[^1] switch
        {
            'd' => Unit(text, TimeSpan.FromDays(1)),
            'h' => Unit(text, TimeSpan.FromHours(1)),
            'm' => Unit(text, TimeSpan.FromMinutes(1)),
            's' => Unit(text, TimeSpan.FromSeconds(1)),
            _ => TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
        };
        return span is { } s && s >= TimeSpan.Zero && s <= Max ? s : null;
    }

    private static TimeSpan? Unit(string text, TimeSpan unit) =>
        int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= Max / unit
            ? unit * n
            : null;
}
