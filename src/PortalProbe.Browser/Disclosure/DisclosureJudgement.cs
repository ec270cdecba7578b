using System.Globalization;
using PortalProbe.Analysis.Dates;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Disclosure;

/// <summary>What a disclosure check concluded from the page it found: the dates read, the newest, and its recency.</summary>
internal sealed record DisclosureJudgement(
    DisclosureTopic Topic,
    DateOnly Today,
    TimeSpan Window,
    IReadOnlyList<(PublicationDate Date, string Text)> Dates,
    PublicationDate? Newest,
    RecencyVerdict Recency)
{
    /// <summary>The window a topic is judged by when the script names none.</summary>
    /// <remarks>
    /// Reports come out monthly: <see cref="RecencyWindows.DataReports"/>. Hot cases are a news-like column, published as
    /// cases are settled, so the inspection rule for news columns applies: <see cref="RecencyWindows.NewsColumn"/>.
    /// </remarks>
    public static TimeSpan DefaultWindow(DisclosureTopic topic) =>
        topic == DisclosureTopic.Reports ? RecencyWindows.DataReports : RecencyWindows.NewsColumn;

    public static DisclosureJudgement Of(DisclosureTopic topic, IReadOnlyList<string> texts, DateOnly today, TimeSpan window)
    {
        var dates = ListedDates.Find(texts, today);
        var newest = PublicationDates.Newest(dates.Select(d => d.Date), today);
        return new DisclosureJudgement(topic, today, window, dates, newest, PortalProbe.Analysis.Dates.Recency.Judge(newest?.Date, today, window));
    }

    /// <summary>The judgement in a sentence: the newest date, its age, and the window.</summary>
    public string Describe()
    {
        var days = Window.TotalDays.ToString("0", CultureInfo.InvariantCulture);
        if (Newest is not { } newest)
        {
            return Dates.Count == 0
                ? "it shows no publication date, and a page with no date counts as not updated"
                : $"none of its {Dates.Count} dates is on or before today ({Today:yyyy-MM-dd}), so nothing published is dated";
        }

        var age = Today.DayNumber - newest.Date.DayNumber;
        var where = $"the newest of {Dates.Count} publication dates is {newest.Date:yyyy-MM-dd} ('{newest.Text}'), {age} days before {Today:yyyy-MM-dd}";
        return Recency == RecencyVerdict.Recent ? $"{where}, within the {days}-day window" : $"{where}, older than the {days}-day window";
    }
}
