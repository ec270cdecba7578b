namespace PortalProbe.Simulator.Clock;

/// <summary>
/// Chinese working days (工作日): Monday to Friday, minus public holidays, plus the weekend days worked in exchange
/// (调休). The State Council's notices for 2024, 2025 and 2026 are built in; other years count weekdays only.
/// </summary>
internal static class WorkingDays
{
    private static readonly HashSet<DateOnly> Holidays =
    [
        // 2024 (国办发明电〔2023〕7号)
        .. Range(2024, 1, 1, 1), .. Range(2024, 2, 10, 8), .. Range(2024, 4, 4, 3), .. Range(2024, 5, 1, 5),
        .. Range(2024, 6, 10, 1), .. Range(2024, 9, 15, 3), .. Range(2024, 10, 1, 7),

        // 2025 (国办发明电〔2024〕12号)
        .. Range(2025, 1, 1, 1), .. Range(2025, 1, 28, 8), .. Range(2025, 4, 4, 3), .. Range(2025, 5, 1, 5),
        .. Range(2025, 5, 31, 3), .. Range(2025, 10, 1, 8),

        // 2026
        .. Range(2026, 1, 1, 3), .. Range(2026, 2, 15, 9), .. Range(2026, 4, 4, 3), .. Range(2026, 5, 1, 5),
        .. Range(2026, 6, 19, 3), .. Range(2026, 9, 25, 3), .. Range(2026, 10, 1, 7),
    ];

    private static readonly HashSet<DateOnly> AdjustedWorkdays =
    [
        new(2024, 2, 4), new(2024, 2, 18), new(2024, 4, 7), new(2024, 4, 28), new(2024, 5, 11),
        new(2024, 9, 14), new(2024, 9, 29), new(2024, 10, 12),
        new(2025, 1, 26), new(2025, 2, 8), new(2025, 4, 27), new(2025, 9, 28), new(2025, 10, 11),
        new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10),
    ];

    public static bool IsWorkingDay(DateOnly day) =>
        AdjustedWorkdays.Contains(day)
        || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(day));

    /// <summary>The working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private static IEnumerable<DateOnly> Range(int year, int month, int day, int days) =>
        Enumerable.Range(0, days).Select(i => new DateOnly(year, month, day).AddDays(i));
}
