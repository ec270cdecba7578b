using System.Globalization;

namespace PortalProbe.Analysis.Calendar;

/// <summary>
/// Working days from an appeal's submission to its first reply: either a count, or "not measured" with the reason
/// (the calendar lacks a year the span needs, or the times make no sense). Never a guess.
/// </summary>
public sealed record WorkingDayCount
{
    private WorkingDayCount(int? days, string? reason)
    {
        Days = days;
        NotMeasuredReason = reason;
    }

    /// <summary>The count; null when not measured.</summary>
    public int? Days { get; }

    /// <summary>Why there is no count; null when measured.</summary>
    public string? NotMeasuredReason { get; }

    public bool IsMeasured => Days is not null;

    public static WorkingDayCount Measured(int days) =>
        days >= 0 ? new(days, null) : throw new ArgumentOutOfRangeException(nameof(days), days, "a count of days is never negative");

    public static WorkingDayCount NotMeasured(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(null, reason);
    }

    public override string ToString() =>
        Days is { } days ? days.ToString(CultureInfo.InvariantCulture) + " working day(s)" : $"not measured: {NotMeasuredReason}";
}
